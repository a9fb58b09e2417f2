import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App } from "../../server/src/app";
import { createDataSource } from "../../server/src/db/data-source";
import { seedDatabase } from "../../server/src/seed/seed-database";

/** A running Mentorlens with the built dashboard on a seeded temporary SQLite file. */
export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the whole product on 127.0.0.1 and a free port, as `npm start` would, on small demo data. */
export async function startSeededApp(): Promise<RunningApp> {
  const folder = mkdtempSync(join(tmpdir(), "mentorlens-e2e-"));
  const dataSource = createDataSource({ databasePath: join(folder, "e2e.sqlite") });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await seedDatabase(dataSource, { scale: 0.05 });

  const app: App = await createApp({
    dataSource,
    sessionSecret: "e2e-session-secret-0123456789abcdef",
    clientDistPath: join(__dirname, "../../client/dist"),
  });
  const server: Server = app.express.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));

  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await dataSource.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
