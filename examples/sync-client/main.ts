import { resolve } from "node:path";
import { runSync } from "./sync-client";

/*
 * Command line entry of the example sync client. Settings come from the environment:
 *   MENTORLENS_URL    GraphQL endpoint (default http://localhost:4000/graphql)
 *   MENTORLENS_TOKEN  API token, sent as `Authorization: Bearer …` (required)
 *   SYNC_DIR          folder for the state file and one subfolder per run (default ./sync-output)
 */
async function main(): Promise<void> {
  const token = process.env.MENTORLENS_TOKEN;
  if (!token) {
    process.stderr.write("MENTORLENS_TOKEN is not set; create an API token for your partner and export it first.\n");
    process.exitCode = 2;
    return;
  }

  const syncDir = resolve(process.env.SYNC_DIR ?? "sync-output");
  const result = await runSync({
    endpoint: process.env.MENTORLENS_URL ?? "http://localhost:4000/graphql",
    headers: { Authorization: `Bearer ${token}` },
    stateFile: resolve(syncDir, "state.json"),
    outputDir: syncDir,
  });

  process.stdout.write(`${JSON.stringify({ runDir: result.runDir, written: result.written, highWaterMark: result.state.highWaterMark })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
