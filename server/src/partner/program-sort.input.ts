import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that programs can be sorted by. */
export enum ProgramSortField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}

registerEnumType(ProgramSortField, {
  name: "ProgramSortField",
  description: "What programs can be sorted by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Program name, ignoring case." },
    CREATED_AT: { description: "When the program was created in Mentorlens; it never changes, so paging by it never skips or repeats a row." },
    UPDATED_AT: { description: "When the program last changed. Sort `ASC` to sync incrementally: a program that changes while you page moves to the end, so it is read again rather than missed." },
  },
});

@InputType({ description: "Order of a program list." })
export class ProgramSort {
  @Field(() => ProgramSortField, { defaultValue: ProgramSortField.NAME, description: "What to sort by; `NAME` when omitted." })
  field!: ProgramSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Sort direction; `ASC` when omitted." })
  direction!: SortDirection;
}
