import "reflect-metadata";
import type { Server } from "node:http";
import { createApp } from "./app";
import { loadSessionSecret } from "./auth/session-secret";
import { logger } from "./common/logger";
import { readConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { DemoSignInCheck } from "./auth/demo-sign-in-check";
import type { DEMO_SIGN_IN } from "./seed/demo-sign-in";
import { isDatabaseEmpty, seedDatabase } from "./seed/seed-database";

/**
 * Starts Mentorlens: opens (or creates) the database, applies pending migrations, seeds the
 * demo data into an empty database, and serves the dashboard, GraphQL and downloads on one port.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });

  logger.info({ engine: config.databaseUrl ? "postgres" : "sqlite", databasePath: config.databaseUrl ? undefined : config.databasePath }, "opening database");
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: "each" });
  logger.info({ applied: applied.map((migration) => migration.name) }, "migrations up to date");

  const empty = await isDatabaseEmpty(dataSource);
  if (empty && config.seedDemoData) {
    logger.info("database is empty; seeding demo data");
    await seedDatabase(dataSource, {});
  }

  const sessionSecret = loadSessionSecret({ databasePath: config.databaseUrl ? undefined : config.databasePath });
  const app = await createApp({
    dataSource,
    sessionSecret,
    clientDistPath: config.clientDistPath,
    graphql: { introspection: config.graphqlIntrospection, fieldSuggestions: config.graphqlFieldSuggestions },
  });
  const server = app.express.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });

  const url = publicUrl(server, config.host);
  logger.info({ url }, "Mentorlens is running");
  printWelcome(url, await new DemoSignInCheck(dataSource).find());

  registerShutdown(server, async () => {
    await app.stop();
    await dataSource.destroy();
  });
}

function publicUrl(server: Server, host: string): string {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const shownHost = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" ? "localhost" : host;

  return `http://${shownHost}:${port}`;
}

/** Prints where to go and how to sign in, for a person reading the terminal rather than the logs. */
function printWelcome(url: string, demoSignIn: typeof DEMO_SIGN_IN | null): void {
  const signIn = demoSignIn
    ? `  Sign in as ${demoSignIn.email} with the password ${demoSignIn.password}`
    : "  The demo data is not loaded; sign in with a staff account of your own.";
  const lines = [
    "",
    `  Mentorlens is running at ${url}`,
    `    Dashboard         ${url}/`,
    `    GraphQL API       ${url}/graphql`,
    `    Health            ${url}/health`,
    "",
    signIn,
    "  Stop with Ctrl+C.",
    "",
  ];

  // Flush first so that the banner is not interleaved with buffered log lines.
  logger.flush(() => process.stdout.write(`${lines.join("\n")}\n`));
}

function registerShutdown(server: Server, closeResources: () => Promise<void>): void {
  let stopping = false;

  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, "stopping");

    server.close(() => {
      closeResources()
        .then(() => {
          logger.info("stopped");
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, "closing resources failed");
          process.exit(1);
        });
    });
    server.closeAllConnections();
  };

  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "Mentorlens failed to start");
  process.exit(1);
});
