import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import express, { type ErrorRequestHandler, type Express } from "express";
import type { DataSource } from "typeorm";
import { authenticate } from "./auth/authenticate.middleware";
import { authRoutes } from "./auth/auth.routes";
import { logger } from "./common/logger";
import { exportRoutes } from "./export/export.routes";
import { createGraphQLHandler } from "./graphql/graphql-handler";
import { accessLog } from "./http/access-log.middleware";
import { jsonNotFound } from "./http/not-found.middleware";
import { handleRequestBodyError } from "./http/request-body-errors";
import { requestId } from "./http/request-id.middleware";
import { securityHeaders } from "./http/security-headers.middleware";

/** Path prefixes of the API; anything else is the dashboard's. */
const API_PREFIXES = ["/graphql", "/auth", "/export", "/health"];

export interface AppOptions {
  dataSource: DataSource;
  sessionSecret: string;
  /** Built dashboard to serve at `/`; the dashboard is left out when missing. */
  clientDistPath?: string;
  /** Adds an `X-SQL-Statements` header to GraphQL responses (tests and benchmarks). */
  exposeSqlStatementCount?: boolean;
  /** GraphQL settings from the environment; both are on when left out. */
  graphql?: { introspection?: boolean; fieldSuggestions?: boolean };
  /** Mentorships per batch of a program CSV export; tests lower it. */
  programExportBatchSize?: number;
}

export interface App {
  express: Express;
  /** Stops Apollo Server; the caller closes the HTTP server and the data source. */
  stop(): Promise<void>;
}

/** Assembles every route of the one origin: dashboard, GraphQL, sign-in, CSV downloads, health. */
export async function createApp(options: AppOptions): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.use(requestId());
  app.use(accessLog());
  app.use(securityHeaders());

  app.get("/health", async (_req, res) => {
    const databaseUp = await options.dataSource
      .query("SELECT 1")
      .then(() => true)
      .catch(() => false);
    res.status(databaseUp ? 200 : 503).json({ status: databaseUp ? "ok" : "unavailable", database: databaseUp ? "up" : "down" });
  });

  app.use(authenticate(options.dataSource, options.sessionSecret));
  app.use("/auth", authRoutes(options.dataSource, options.sessionSecret));
  app.use("/export", exportRoutes(options.dataSource, { batchSize: options.programExportBatchSize }));

  const graphql = await createGraphQLHandler({
    dataSource: options.dataSource,
    exposeSqlStatementCount: options.exposeSqlStatementCount,
    ...options.graphql,
  });
  app.use("/graphql", graphql.handler);
  app.use(API_PREFIXES, jsonNotFound());

  serveDashboard(app, options.clientDistPath);
  app.use(handleRequestBodyError);
  app.use(handleUnexpectedError);

  return { express: app, stop: graphql.stop };
}

/** Serves the built single-page dashboard, answering unknown non-API paths with its index page. */
function serveDashboard(app: Express, clientDistPath: string | undefined): void {
  const distPath = resolve(clientDistPath ?? join(__dirname, "../../client/dist"));
  const indexPath = join(distPath, "index.html");
  if (!existsSync(indexPath)) {
    logger.warn({ distPath }, "dashboard build not found; run `npm run build` to serve it");
    return;
  }

  app.use(express.static(distPath, { index: false, maxAge: "1h" }));
  // API paths never get here, because the JSON 404 under API_PREFIXES handles them first.
  app.get(/.*/, (_req, res) => {
    res.sendFile(indexPath, { maxAge: 0 });
  });
}

const handleUnexpectedError: ErrorRequestHandler = (error, _req, res, _next) => {
  logger.error({ err: error }, "unexpected error while handling a request");
  if (res.headersSent) {
    return;
  }

  res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side. Try again later." } });
};
