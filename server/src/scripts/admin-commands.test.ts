import { execFile } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { StaffUser } from "../auth/staff-user.entity";
import { Partner } from "../partner/partner.entity";
import type { CommandResult } from "../test-support/run-command";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";

const SERVER_FOLDER = join(__dirname, "../..");

describe("partner and staff commands as processes", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.destroy();
  });

  /**
   * Points a command at the test database as npm would run it: in `server/`, with INIT_CWD set to
   * the folder the command was typed in. A SQLite path is given relative to that folder.
   */
  function databaseEnvironment(): NodeJS.ProcessEnv {
    const options = database.dataSource.options as { type: string; url?: string; database?: string };
    const { DATABASE_URL: _url, DATABASE_PATH: _path, MENTORLENS_PASSWORD: _password, ...rest } = process.env;
    if (options.type === "postgres") {
      return { ...rest, DATABASE_URL: options.url };
    }

    const file = options.database as string;

    return { ...rest, DATABASE_PATH: basename(file), INIT_CWD: dirname(file) };
  }

  /** Runs a script with Node, compiled on the fly by ts-node with SWC, as a separate process. */
  async function runScript(name: string, argv: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
    const env = { ...databaseEnvironment(), TS_NODE_PROJECT: join(SERVER_FOLDER, "tsconfig.json"), TS_NODE_SWC: "true", LOG_LEVEL: "silent", ...extraEnv };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ["-r", "ts-node/register", join(__dirname, `${name}.ts`), ...argv], { env, cwd: SERVER_FOLDER });

      return { exitCode: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };

      return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it("creates a partner and an admin in the configured database", async () => {
    const partner = await runScript("partner", ["create", "--slug", "harbor", "--name", "Harbor College"]);
    const staff = await runScript("staff", ["create", "--partner", "harbor", "--email", "ada@harbor.example", "--name", "Ada", "--role", "ADMIN"], {
      MENTORLENS_PASSWORD: "correct horse battery staple",
    });
    const listed = await runScript("staff", ["list", "--partner", "harbor"]);

    const stored = await database.dataSource.getRepository(StaffUser).findOneBy({ email: "ada@harbor.example" });
    const storedPartner = await database.dataSource.getRepository(Partner).findOneBy({ slug: "harbor" });
    expect(partner.exitCode).toBe(0);
    expect(staff.exitCode).toBe(0);
    expect(stored?.partnerId).toBe(storedPartner?.id);
    expect(listed.stdout).toMatch(/^ada@harbor\.example\s+Ada\s+ADMIN\s+usr_/m);
  });

  it("exits with 2 and a message for a duplicate slug", async () => {
    const result = await runScript("partner", ["create", "--slug", "harbor", "--name", "Harbor again"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('A partner with the slug "harbor" exists already.');
  });
});
