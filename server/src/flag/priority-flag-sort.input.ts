import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that priority flags can be sorted by. */
export enum PriorityFlagSortField {
  REPORTED_AT = "REPORTED_AT",
  STATUS = "STATUS",
  UPDATED_AT = "UPDATED_AT",
  TIME_TO_FIRST_RESPONSE = "TIME_TO_FIRST_RESPONSE",
  TIME_TO_RESOLUTION = "TIME_TO_RESOLUTION",
  CATEGORY = "CATEGORY",
  URGENCY = "URGENCY",
  PROGRAM_NAME = "PROGRAM_NAME",
  SUBJECT_NAME = "SUBJECT_NAME",
  ASSIGNEE_NAME = "ASSIGNEE_NAME",
}

registerEnumType(PriorityFlagSortField, {
  name: "PriorityFlagSortField",
  description: "Fields that priority flags can be sorted by. Ties are broken by date reported, newest first, then by id.",
  valuesConfig: {
    REPORTED_AT: { description: "When the flag was reported." },
    STATUS: { description: "Workflow order: OPEN, IN_PROGRESS, RESOLVED in ascending order." },
    CATEGORY: { description: "Category label, ignoring case." },
    URGENCY: { description: "Urgency: flags needing immediate support come first in descending order." },
    PROGRAM_NAME: { description: "Program name, ignoring case." },
    SUBJECT_NAME: { description: "Last name, then preferred or first name, of the participant the flag is about, ignoring case and Latin accents." },
    ASSIGNEE_NAME: { description: "Display name of the assigned staff user, ignoring case; unassigned flags come last in both directions." },
    UPDATED_AT: {
      description: "When the flag last changed, ties broken by id. Sort `ASC` to sync incrementally: a flag that changes while you page moves to the end, so it is read again rather than missed.",
    },
    TIME_TO_FIRST_RESPONSE: {
      description:
        "Time from the report to the first staff action. A flag still waiting counts the time waited so far, so `DESC` lists the longest waits first, answered or not.",
    },
    TIME_TO_RESOLUTION: {
      description: "Time from the report to the resolution. An unresolved flag counts the time open so far, so `DESC` lists the concerns open longest first.",
    },
  },
});

@InputType({ description: "Order of a priority flag list." })
export class PriorityFlagSort {
  @Field(() => PriorityFlagSortField, { defaultValue: PriorityFlagSortField.REPORTED_AT, description: "Field to sort by; `REPORTED_AT` when omitted." })
  field!: PriorityFlagSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: "Sort direction; `DESC` (newest first) when omitted." })
  direction!: SortDirection;
}
