import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { AnonymizedQuote } from "./anonymized-quote.type";
import { anonymizedQuoteOf } from "./anonymized-quote.service";
import { HighlightKind, SurveyHighlight } from "./survey-highlight.type";

@Resolver(() => SurveyHighlight)
export class SurveyHighlightResolver {
  @FieldResolver(() => AnonymizedQuote, {
    nullable: true,
    description: "The open-text answer as a quote to share outside the product; null for ANSWER and AREA_SCORE highlights.",
  })
  anonymizedQuote(@Root() highlight: SurveyHighlight, @Ctx() context: GraphQLContext): Promise<AnonymizedQuote | null> {
    const text = highlight.kind === HighlightKind.OPEN_TEXT ? highlight.value : null;

    return anonymizedQuoteOf(context, highlight.responseId, text);
  }
}
