import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type RequestHandler, Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { bearerChallenge, unauthenticatedMessage } from "../auth/authenticate.middleware";
import { describeRequestBodyError, logRequestBodyError } from "../http/request-body-errors";
import { createContext, type GraphQLContext } from "./context";
import { sessionCsrfPrevention } from "./csrf-prevention.middleware";
import { requireJsonPost } from "./json-content-type.middleware";
import { errorLoggingPlugin } from "./error-logging.plugin";
import { formatError, withoutSuggestions } from "./format-error";
import { knownOperationTypesRule } from "./known-operation-types.rule";
import {
  MAX_ALIASES,
  MAX_ESTIMATED_OBJECTS,
  MAX_ROOT_FIELDS,
  MAX_SELECTION_DEPTH,
  MAX_SELECTIONS,
  MAX_TOKENS,
  UNSIZED_LIST_ESTIMATE,
} from "./operation-limits";
import { maxAliasesRule, maxRootFieldsRule, maxSelectionDepthRule } from "./operation-shape.rules";
import { queryCostLimitPlugin } from "./query-cost-limit.plugin";
import { readOnlyViewerPlugin } from "./read-only-viewer.plugin";
import { buildGraphQLSchema } from "./schema";
import { selectionCountLimit } from "./selection-count-limit.middleware";
import { sqlStatementCountPlugin } from "./sql-statement-count.plugin";

export interface GraphQLHandlerOptions {
  dataSource: DataSource;
  /** Adds an `X-SQL-Statements` response header with the request's SQL count (tests and benchmarks). */
  exposeSqlStatementCount?: boolean;
  /** Whether `__schema` and `__type` queries run; on unless switched off (GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
  /** Whether error messages suggest similar field, type and enum names; on unless switched off (GRAPHQL_FIELD_SUGGESTIONS). */
  fieldSuggestions?: boolean;
  /** Serves this schema instead of the API's, so tests can try rules on operations the API has no field for yet. */
  schema?: GraphQLSchema;
}

export interface GraphQLHandler {
  handler: RequestHandler;
  stop(): Promise<void>;
}

const UNAUTHENTICATED_MESSAGE = "The request has no valid session or API token. Sign in, or send `Authorization: Bearer <token>`.";

/** Largest accepted request body; a GraphQL operation with its variables is far smaller. */
const MAX_BODY_SIZE = "1mb";

/**
 * Builds the schema and the Apollo Server and returns the Express handler for `/graphql`.
 * It expects `res.locals.viewer` to be set by the authentication middleware (null when signed out).
 */
export async function createGraphQLHandler(options: GraphQLHandlerOptions): Promise<GraphQLHandler> {
  const { dataSource } = options;

  const server = new ApolloServer<GraphQLContext>({
    schema: options.schema ?? (await buildGraphQLSchema()),
    formatError: options.fieldSuggestions === false ? withoutSuggestions(formatError) : formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    // Replaced by `sessionCsrfPrevention`, which applies the same rule to cookie requests only.
    csrfPrevention: false,
    // Bounds the work of graphql-js's own validation rules, some of which are quadratic in the number of fields.
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [knownOperationTypesRule, maxSelectionDepthRule(MAX_SELECTION_DEPTH), maxAliasesRule(MAX_ALIASES), maxRootFieldsRule(MAX_ROOT_FIELDS)],
    plugins: [
      // Apollo's default landing page loads its explorer from a CDN, which offline installs cannot
      // reach. The dashboard bundles GraphiQL instead, at `/explorer`.
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(),
      readOnlyViewerPlugin<GraphQLContext>(),
      queryCostLimitPlugin(MAX_ESTIMATED_OBJECTS, { unsizedListEstimate: UNSIZED_LIST_ESTIMATE }),
      ...(options.exposeSqlStatementCount ? [sqlStatementCountPlugin<GraphQLContext>()] : []),
    ],
  });
  await server.start();

  const router = Router();
  // Only `/graphql` itself: a longer path such as `/graphql/x` falls through to the JSON 404.
  router.all(
    "/",
    express.json({ limit: MAX_BODY_SIZE }),
    // The CSRF check comes first, so that a cross-site form post with a session cookie gets its specific message.
    sessionCsrfPrevention(),
    requireJsonPost(),
    selectionCountLimit(MAX_SELECTIONS, MAX_TOKENS),
    expressMiddleware(server, {
      context: async ({ res }) => {
        if (!res.locals.viewer) {
          res.setHeader("WWW-Authenticate", bearerChallenge(res));
        }

        return createContext(dataSource, res.locals.viewer, unauthenticatedMessage(res, UNAUTHENTICATED_MESSAGE));
      },
    }),
  );
  router.use(handleGraphQLRequestBodyError);

  return { handler: router, stop: () => server.stop() };
}

/** Responds to a body the JSON parser rejected in the shape GraphQL clients read: an `errors` list with a code. */
const handleGraphQLRequestBodyError: ErrorRequestHandler = (error, _req, res, next) => {
  const problem = describeRequestBodyError(error);
  if (!problem || res.headersSent) {
    next(error);
    return;
  }

  logRequestBodyError(error, problem);
  res.status(problem.status).json({ errors: [{ message: problem.message, extensions: { code: problem.code } }] });
};
