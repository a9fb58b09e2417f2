import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { AnonymizedQuote } from "./anonymized-quote.type";
import { anonymizedQuoteOf } from "./anonymized-quote.service";
import { SurveyAnswerView } from "./survey-answer.type";
import { QuestionKind } from "./survey-enums";

@Resolver(() => SurveyAnswerView)
export class SurveyAnswerResolver {
  @FieldResolver(() => AnonymizedQuote, {
    nullable: true,
    description: "The answer as a quote to share outside the product, for OPEN_TEXT questions; null for other kinds and for blank answers.",
  })
  anonymizedQuote(@Root() answer: SurveyAnswerView, @Ctx() context: GraphQLContext): Promise<AnonymizedQuote | null> {
    const text = answer.question.kind === QuestionKind.OPEN_TEXT ? answer.text : null;

    return anonymizedQuoteOf(context, answer.responseId, text);
  }
}
