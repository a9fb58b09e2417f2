import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that programs can be sorted by. */
export enum ProgramSortField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(ProgramSortField, {
  name: "ProgramSortField",
  description: "What programs can be sorted by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Program name, ignoring case." },
    CREATED_AT: { description: "When the program was created in Mentorlens." },
  },
});

@InputType({ description: "Order of a program list." })
export class ProgramSort {
  @Field(() => ProgramSortField, { defaultValue: ProgramSortField.NAME, description: "What to sort by; `NAME` when omitted." })
  field!: ProgramSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Sort direction; `ASC` when omitted." })
  direction!: SortDirection;
}
