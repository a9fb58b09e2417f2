import type { RequestHandler } from "express";
import { type DocumentNode, parse, visit } from "graphql";
import { logger } from "../common/logger";
import { limitExtensions } from "./operation-limits";

/**
 * Rejects, with HTTP 400 and GRAPHQL_VALIDATION_FAILED, a request whose document has more than
 * `maxSelections` fields, fragment spreads and inline fragments. It runs before Apollo Server
 * because graphql-js's own validation rules always run first and some are quadratic in these
 * counts (OverlappingFieldsCanBeMerged compares every pair of same-named fields and of spread
 * fragments), and because Apollo answers any error thrown by a plugin before validation with 500.
 * A document that does not parse passes through, so that Apollo reports its syntax error.
 */
export function selectionCountLimit(maxSelections: number, maxTokens: number): RequestHandler {
  const knownCounts = new SelectionCountCache();

  return (req, res, next) => {
    const query = requestQuery(req.body) ?? requestQuery(req.query);
    const selections = query === undefined ? 0 : knownCounts.get(query, () => countQuerySelections(query, maxTokens));
    if (selections <= maxSelections) {
      next();
      return;
    }

    logger.warn({ selections, maxSelections }, "GraphQL document rejected as too large");
    res.status(400).json({
      errors: [
        {
          message: `The document has ${selections} selections (fields, fragment spreads and inline fragments), above the maximum of ${maxSelections}. Split it into several requests.`,
          extensions: limitExtensions("selections", maxSelections, selections),
        },
      ],
    });
  };
}

/** Counts the document's selections as written: a fragment counts once, however often it is spread. */
export function countSelections(document: DocumentNode): number {
  let selections = 0;
  const countOne = () => {
    selections += 1;
  };
  visit(document, { Field: countOne, FragmentSpread: countOne, InlineFragment: countOne });

  return selections;
}

/** Counts the selections of a query string; one that does not parse counts as none. */
function countQuerySelections(query: string, maxTokens: number): number {
  const document = tryParse(query, maxTokens);

  return document ? countSelections(document) : 0;
}

/**
 * Selection counts of recently seen documents. Clients send the same few documents over and over,
 * so the cache spares most requests a second parse besides Apollo's own. Only short documents are
 * kept, and the oldest entry goes first, so the cache stays small.
 */
class SelectionCountCache {
  private static readonly MAX_ENTRIES = 200;
  private static readonly MAX_QUERY_LENGTH = 16_384;

  private readonly counts = new Map<string, number>();

  get(query: string, count: () => number): number {
    const known = this.counts.get(query);
    if (known !== undefined) {
      return known;
    }

    const selections = count();
    if (query.length <= SelectionCountCache.MAX_QUERY_LENGTH) {
      if (this.counts.size >= SelectionCountCache.MAX_ENTRIES) {
        this.counts.delete(this.counts.keys().next().value as string);
      }
      this.counts.set(query, selections);
    }

    return selections;
  }
}

function requestQuery(container: unknown): string | undefined {
  const query = typeof container === "object" && container !== null ? (container as { query?: unknown }).query : undefined;

  return typeof query === "string" ? query : undefined;
}

function tryParse(query: string, maxTokens: number): DocumentNode | undefined {
  try {
    return parse(query, { maxTokens, noLocation: true });
  } catch {
    return undefined;
  }
}
