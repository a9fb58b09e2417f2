import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that priority flags can be sorted by. */
export enum PriorityFlagSortField {
  REPORTED_AT = "REPORTED_AT",
  STATUS = "STATUS",
  UPDATED_AT = "UPDATED_AT",
}

registerEnumType(PriorityFlagSortField, {
  name: "PriorityFlagSortField",
  description: "Fields that priority flags can be sorted by. Ties are broken by date reported, newest first, then by id.",
  valuesConfig: {
    REPORTED_AT: { description: "When the flag was reported." },
    STATUS: { description: "Workflow order: OPEN, IN_PROGRESS, RESOLVED in ascending order." },
    UPDATED_AT: {
      description: "When the flag last changed, ties broken by id. Sort `ASC` to sync incrementally: a flag that changes while you page moves to the end, so it is read again rather than missed.",
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
