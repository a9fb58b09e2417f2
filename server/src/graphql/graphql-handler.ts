import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler, Router } from "express";
import type { DataSource } from "typeorm";
import { createContext, type GraphQLContext } from "./context";
import { errorLoggingPlugin } from "./error-logging.plugin";
import { formatError } from "./format-error";
import { buildGraphQLSchema } from "./schema";
import { sqlStatementCountPlugin } from "./sql-statement-count.plugin";

export interface GraphQLHandlerOptions {
  dataSource: DataSource;
  /** Adds an `X-SQL-Statements` response header with the request's SQL count (tests and benchmarks). */
  exposeSqlStatementCount?: boolean;
}

export interface GraphQLHandler {
  handler: RequestHandler;
  stop(): Promise<void>;
}

/** Largest accepted request body; a GraphQL operation with its variables is far smaller. */
const MAX_BODY_SIZE = "1mb";

/**
 * Builds the schema and the Apollo Server and returns the Express handler for `/graphql`.
 * It expects `res.locals.viewer` to be set by the authentication middleware (null when signed out).
 */
export async function createGraphQLHandler(options: GraphQLHandlerOptions): Promise<GraphQLHandler> {
  const { dataSource } = options;

  const server = new ApolloServer<GraphQLContext>({
    schema: await buildGraphQLSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      // Apollo's default landing page loads its explorer from a CDN, which offline installs cannot reach.
      // TODO: serve a bundled explorer instead.
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(),
      ...(options.exposeSqlStatementCount ? [sqlStatementCountPlugin<GraphQLContext>()] : []),
    ],
  });
  await server.start();

  const router = Router();
  router.use(
    express.json({ limit: MAX_BODY_SIZE }),
    expressMiddleware(server, {
      context: async ({ res }) => createContext(dataSource, res.locals.viewer),
    }),
  );

  return { handler: router, stop: () => server.stop() };
}
