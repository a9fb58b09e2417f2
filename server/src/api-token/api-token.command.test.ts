import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { DataSource } from "typeorm";
import type { Partner } from "../partner/partner.entity";
import { TestFactory } from "../test-support/factories";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { EXIT_USAGE, runTokenCommand } from "./api-token.command";
import { ApiToken } from "./api-token.entity";
import { findActiveApiToken } from "./api-token.service";

const TOKEN_LINE = /^ {2}(mlt_\S+)$/m;

interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process on the test database, which stays open for the next test. */
async function run(dataSource: DataSource, argv: string[], now = new Date("2025-03-01T12:00:00Z")): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const keptOpen = new Proxy(dataSource, { get: (target, key) => (key === "destroy" ? async () => undefined : Reflect.get(target, key)) });

  const exitCode = await runTokenCommand(argv, async () => keptOpen, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, now);

  return { exitCode, stdout, stderr };
}

function tokenIn(output: string): string {
  const token = TOKEN_LINE.exec(output)?.[1];
  if (!token) {
    throw new Error(`No token in the output:\n${output}`);
  }

  return token;
}

describe("token command", () => {
  let database: TestDatabase;
  let partner: Partner;

  beforeAll(async () => {
    database = await createTestDatabase();
    const factory = new TestFactory(database.dataSource);
    partner = await factory.partner({ slug: "northfield", name: "Northfield University" });
    await factory.partner({ slug: "lakeshore", name: "Lakeshore Youth Alliance" });
  });

  afterAll(async () => {
    await database.destroy();
  });

  describe("create", () => {
    it("prints a token that authenticates", async () => {
      const result = await run(database.dataSource, ["create", "--partner", "northfield", "--role", "ANALYST", "--name", "Warehouse"]);

      const found = await findActiveApiToken(database.dataSource, tokenIn(result.stdout));
      expect(result.exitCode).toBe(0);
      expect(found?.name).toBe("Warehouse");
      expect(found?.partnerId).toBe(partner.id);
      expect(found?.role).toBe("ANALYST");
      expect(found?.grants).toEqual([]);
    });

    it("stores grants and accepts a lowercase role", async () => {
      const result = await run(database.dataSource, ["create", "--partner", "northfield", "--role", "integration", "--name", "CRM", "--grant", "contact-details,flag-notes"]);

      const found = await findActiveApiToken(database.dataSource, tokenIn(result.stdout));
      expect(found?.role).toBe("INTEGRATION");
      expect(found?.grants).toEqual(["CONTACT_DETAILS", "FLAG_NOTES"]);
    });

    it("stores only the hash, never the token", async () => {
      const result = await run(database.dataSource, ["create", "--partner", "northfield", "--role", "ANALYST", "--name", "Hash check"]);
      const token = tokenIn(result.stdout);

      const rows = await database.dataSource.query("SELECT * FROM api_token");
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(token.slice("mlt_".length));
      expect(rows.every((row: { tokenHash: string }) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
    });

    it("makes a different token each time", async () => {
      const argv = ["create", "--partner", "northfield", "--role", "ANALYST", "--name", "Twice"];

      const first = tokenIn((await run(database.dataSource, argv)).stdout);
      const second = tokenIn((await run(database.dataSource, argv)).stdout);

      expect(first).not.toBe(second);
    });

    it.each([
      ["an unknown partner", ["--partner", "nowhere", "--role", "ANALYST", "--name", "x"], 'Unknown partner "nowhere". Known partners: lakeshore, northfield.'],
      ["an unknown role", ["--partner", "northfield", "--role", "OWNER", "--name", "x"], 'Unknown role "OWNER": use one of ADMIN, ANALYST, INTEGRATION.'],
      ["a missing role", ["--partner", "northfield", "--name", "x"], "Missing --role: use one of ADMIN, ANALYST, INTEGRATION."],
      ["a missing name", ["--partner", "northfield", "--role", "ANALYST"], 'Missing --name: say what the token is for, such as --name "Warehouse".'],
      ["a blank name", ["--partner", "northfield", "--role", "ANALYST", "--name", "  "], 'Missing --name: say what the token is for, such as --name "Warehouse".'],
      ["a missing partner", ["--role", "ANALYST", "--name", "x"], "Missing --partner: give the partner's slug, such as --partner northfield."],
      ["an unknown grant", ["--partner", "northfield", "--role", "ANALYST", "--name", "x", "--grant", "salaries"], 'Unknown grant "salaries": use contact-details and/or flag-notes, separated by commas.'],
      ["a grant on an ADMIN token", ["--partner", "northfield", "--role", "ADMIN", "--name", "x", "--grant", "flag-notes"], "An ADMIN token reads every field already; --grant applies to ANALYST and INTEGRATION tokens only."],
    ])("rejects %s with exit code 2", async (_case, options, message) => {
      const before = await database.dataSource.getRepository(ApiToken).count();

      const result = await run(database.dataSource, ["create", ...options]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr.split("\n")[0]).toBe(message);
      expect(result.stdout).toBe("");
      expect(await database.dataSource.getRepository(ApiToken).count()).toBe(before);
    });
  });

  describe("list", () => {
    it("lists the partner's tokens without secrets", async () => {
      const created = await run(database.dataSource, ["create", "--partner", "lakeshore", "--role", "INTEGRATION", "--name", "Student system"]);
      const token = tokenIn(created.stdout);

      const result = await run(database.dataSource, ["list", "--partner", "lakeshore"]);

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain("Student system");
      expect(result.stdout).toContain("INTEGRATION");
      expect(result.stdout).toContain("active");
      expect(result.stdout).not.toContain(token);
      expect(result.stdout).not.toContain("mlt_");
      expect(result.stdout).not.toContain("Warehouse");
    });

    it("rejects an unknown partner", async () => {
      const result = await run(database.dataSource, ["list", "--partner", "nowhere"]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr).toContain('Unknown partner "nowhere"');
    });
  });

  describe("revoke", () => {
    it("revokes a token so it no longer authenticates", async () => {
      const token = tokenIn((await run(database.dataSource, ["create", "--partner", "northfield", "--role", "ANALYST", "--name", "Old"])).stdout);
      const apiToken = await findActiveApiToken(database.dataSource, token);

      const result = await run(database.dataSource, ["revoke", apiToken?.id ?? ""], new Date("2025-03-02T08:00:00Z"));

      expect(result.exitCode).toBe(0);
      expect(await findActiveApiToken(database.dataSource, token)).toBeNull();
      expect((await run(database.dataSource, ["list", "--partner", "northfield"])).stdout).toContain("revoked 2025-03-02T08:00:00.000Z");
    });

    it("rejects an unknown id", async () => {
      const result = await run(database.dataSource, ["revoke", "tok_00000000000000000000000000000000"]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr).toContain('No API token with id "tok_00000000000000000000000000000000" was found.');
    });

    it("rejects a missing id", async () => {
      const result = await run(database.dataSource, ["revoke"]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr).toContain("revoke takes exactly one token id");
    });
  });

  it.each([
    ["an unknown command", ["rotate"], 'Unknown command "rotate": use create, list or revoke.'],
    ["an unknown option", ["list", "--partner", "northfield", "--colour"], "--colour"],
  ])("rejects %s", async (_case, argv, message) => {
    const result = await run(database.dataSource, argv);

    expect(result.exitCode).toBe(EXIT_USAGE);
    expect(result.stderr).toContain(message);
  });

  it("prints help without opening the database", async () => {
    let opened = false;
    let stdout = "";

    const exitCode = await runTokenCommand(
      ["--help"],
      async () => {
        opened = true;
        return database.dataSource;
      },
      { stdout: (text) => (stdout += text), stderr: () => undefined },
    );

    expect(exitCode).toBe(0);
    expect(opened).toBe(false);
    expect(stdout).toContain("Usage: npm run token -- <command> [options]");
  });
});

/** Environment that points the command at the test database, on either engine. */
function databaseEnvironment(dataSource: DataSource): NodeJS.ProcessEnv {
  const options = dataSource.options as { type: string; url?: string; database?: string };
  const { DATABASE_URL: _url, DATABASE_PATH: _path, ...rest } = process.env;

  return options.type === "postgres" ? { ...rest, DATABASE_URL: options.url } : { ...rest, DATABASE_PATH: options.database };
}

describe("token command as a process", () => {
  const script = join(__dirname, "../scripts/token.ts");
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await new TestFactory(database.dataSource).partner({ slug: "riverside" });
  });

  afterAll(async () => {
    await database.destroy();
  });

  /** Runs the script with Node, compiled on the fly by ts-node with SWC, as a separate process. */
  async function runScript(argv: string[]): Promise<CommandResult> {
    const env = { ...databaseEnvironment(database.dataSource), TS_NODE_PROJECT: join(__dirname, "../../tsconfig.json"), TS_NODE_SWC: "true", LOG_LEVEL: "silent" };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ["-r", "ts-node/register", script, ...argv], { env });

      return { exitCode: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };

      return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it("creates a token and lists it", async () => {
    const created = await runScript(["create", "--partner", "riverside", "--role", "INTEGRATION", "--name", "Nightly sync", "--grant", "flag-notes"]);
    const listed = await runScript(["list", "--partner", "riverside"]);

    const found = await findActiveApiToken(database.dataSource, tokenIn(created.stdout));
    expect(created.exitCode).toBe(0);
    expect(found?.name).toBe("Nightly sync");
    expect(listed.exitCode).toBe(0);
    expect(listed.stdout).toContain("Nightly sync");
    expect(listed.stdout).toContain("flag-notes");
  });

  it("exits with 2 and a message for an unknown role", async () => {
    const result = await runScript(["create", "--partner", "riverside", "--role", "superuser", "--name", "x"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Unknown role "superuser"');
  });
});
