import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that mentorships can be sorted by. */
export enum MentorshipSortField {
  MATCHED_ON = "MATCHED_ON",
  STATUS = "STATUS",
  PROGRAM_NAME = "PROGRAM_NAME",
  MENTOR_NAME = "MENTOR_NAME",
  MENTEE_NAME = "MENTEE_NAME",
  CONVERSATION_COUNT = "CONVERSATION_COUNT",
  FLAG_COUNT = "FLAG_COUNT",
  OPEN_FLAG_COUNT = "OPEN_FLAG_COUNT",
  LAST_CONVERSATION_AT = "LAST_CONVERSATION_AT",
  UPDATED_AT = "UPDATED_AT",
}

registerEnumType(MentorshipSortField, {
  name: "MentorshipSortField",
  description: "Fields that mentorships can be sorted by. Ties are broken by date matched, newest first, then by id.",
  valuesConfig: {
    MATCHED_ON: { description: "Date matched." },
    STATUS: { description: "Status, alphabetically: `MATCHED` before `UNMATCHED` in ascending order." },
    PROGRAM_NAME: { description: "Program name, ignoring case." },
    MENTOR_NAME: { description: "Mentor's last name, then preferred or first name, ignoring case and Latin accents." },
    MENTEE_NAME: { description: "Mentee's last name, then preferred or first name, ignoring case and Latin accents." },
    CONVERSATION_COUNT: { description: "Number of conversations logged, from every source." },
    FLAG_COUNT: { description: "Number of priority flags reported, whatever their status." },
    OPEN_FLAG_COUNT: { description: "Number of priority flags still `OPEN` or `IN_PROGRESS`." },
    LAST_CONVERSATION_AT: { description: "When the last conversation took place; mentorships without any come last in both directions." },
    UPDATED_AT: {
      description: "When the mentorship itself last changed, ties broken by id. Sort `ASC` to sync incrementally: a mentorship that changes while you page moves to the end, so it is read again rather than missed.",
    },
  },
});

@InputType({ description: "Order of a mentorship list." })
export class MentorshipSort {
  @Field(() => MentorshipSortField, { defaultValue: MentorshipSortField.MATCHED_ON, description: "Field to sort by; `MATCHED_ON` when omitted." })
  field!: MentorshipSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: "Sort direction; `DESC` when omitted." })
  direction!: SortDirection;
}
