import { Field, Float, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { LocalDateScalar } from "../common/scalars";
import { SurveyQuestion } from "./survey-question.entity";

@ObjectType("SurveyAnswer", { implements: Node, description: "One answer of a survey response; the question's kind decides which field contains the value." })
export class SurveyAnswerView {
  @Field(() => ID, { description: "Typed id, starting with `ans_`." })
  id!: string;

  /** The response the answer belongs to, read by `anonymizedQuote`. */
  responseId!: string;

  @Field(() => SurveyQuestion, { description: "The question answered." })
  question!: SurveyQuestion;

  @Field(() => String, { nullable: true, description: "Free text, for OPEN_TEXT questions." })
  text!: string | null;

  @Field(() => Float, { nullable: true, description: "The number, for LIKERT (1 to 5), RATING (1 to 5) and NUMBER questions." })
  number!: number | null;

  @Field(() => [String], { nullable: true, description: "The options chosen, for SINGLE_CHOICE and MULTIPLE_CHOICE questions, in the order chosen." })
  choices!: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The calendar date, for DATE questions." })
  date!: string | null;

  @Field(() => String, {
    description: "The answer as one line of text for display, such as `4 / 5` for a rating or options joined by commas; empty when blank.",
  })
  displayValue!: string;
}
