import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that participants can be sorted by. */
export enum ParticipantSortField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}

registerEnumType(ParticipantSortField, {
  name: "ParticipantSortField",
  description: "What participants can be sorted by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Last name, then preferred or first name, ignoring case and Latin accents." },
    CREATED_AT: { description: "When the participant was added to Mentorlens; it never changes, so paging by it never skips or repeats a row." },
    UPDATED_AT: {
      description: "When a profile field last changed. Sort `ASC` to sync incrementally: a participant who changes while you page moves to the end, so they are read again rather than missed.",
    },
  },
});

@InputType({ description: "Order of a participant list." })
export class ParticipantSort {
  @Field(() => ParticipantSortField, { defaultValue: ParticipantSortField.NAME, description: "What to sort by; `NAME` when omitted." })
  field!: ParticipantSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Sort direction; `ASC` when omitted." })
  direction!: SortDirection;
}
