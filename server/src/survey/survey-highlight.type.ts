import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** Reason an item is among a response's highlights. */
export enum HighlightKind {
  OPEN_TEXT = "OPEN_TEXT",
  ANSWER = "ANSWER",
  AREA_SCORE = "AREA_SCORE",
}

registerEnumType(HighlightKind, {
  name: "HighlightKind",
  description: "Reason an item is among a response's highlights.",
  valuesConfig: {
    OPEN_TEXT: { description: "A non-blank answer to an open-text question." },
    ANSWER: { description: "An answer to a question the survey marks as a highlight, such as the overall rating." },
    AREA_SCORE: { description: "The average of an assessment's Likert answers in one area, such as `4.3 / 5`." },
  },
});

@ObjectType({ description: "One item shown when a row of the survey highlights table is expanded." })
export class SurveyHighlight {
  @Field(() => HighlightKind, { description: "Reason the item is a highlight." })
  kind!: HighlightKind;

  @Field(() => String, { description: "The question's prompt, or the assessment area's name for area scores." })
  label!: string;

  @Field(() => String, { description: "The answer for display, or the area's average as `<average to one decimal> / 5`." })
  value!: string;

  @Field(() => ID, { nullable: true, description: "The question answered; null for area scores, which span several questions." })
  questionId!: string | null;

  /** The response the highlight belongs to, read by `anonymizedQuote`. */
  responseId!: string;
}
