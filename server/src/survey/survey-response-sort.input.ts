import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that survey responses can be sorted by. */
export enum SurveyResponseSortField {
  SUBMITTED_AT = "SUBMITTED_AT",
  UPDATED_AT = "UPDATED_AT",
}

registerEnumType(SurveyResponseSortField, {
  name: "SurveyResponseSortField",
  description: "What survey responses can be sorted by; ties are broken by id.",
  valuesConfig: {
    SUBMITTED_AT: { description: "When the response was submitted; it never changes, so paging by it never skips or repeats a row." },
    UPDATED_AT: {
      description: "When the response last changed. Sort `ASC` to sync incrementally: a response that changes while you page moves to the end, so it is read again rather than missed.",
    },
  },
});

@InputType({ description: "Order of a survey response list." })
export class SurveyResponseSort {
  @Field(() => SurveyResponseSortField, { defaultValue: SurveyResponseSortField.SUBMITTED_AT, description: "What to sort by; `SUBMITTED_AT` when omitted." })
  field!: SurveyResponseSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: "Sort direction; `DESC` (newest first) when omitted." })
  direction!: SortDirection;
}
