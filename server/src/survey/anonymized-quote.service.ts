import { isBlankText } from "../common/sql-dialect";
import type { GraphQLContext } from "../graphql/context";
import type { AnonymizedQuote } from "./anonymized-quote.type";
import { anonymizeQuote, quoteAttribution } from "./quote-anonymizer";

/** Returns an anonymized quote of `text`, an answer in the response `responseId`, or null when the text is blank. */
export async function anonymizedQuoteOf(context: GraphQLContext, responseId: string, text: string | null): Promise<AnonymizedQuote | null> {
  if (isBlankText(text)) {
    return null;
  }

  const quoteContext = await context.loaders.survey.quoteContextByResponse.load(responseId);
  if (!quoteContext) {
    return null;
  }

  return {
    text: anonymizeQuote(text ?? "", quoteContext.subjects),
    attribution: quoteAttribution(quoteContext.respondentRole, quoteContext.programName),
  };
}
