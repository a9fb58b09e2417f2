import type { DataSource } from "typeorm";
import { EXIT_USAGE } from "../common/command-line";
import { TestFactory } from "../test-support/factories";
import { runOnTestDatabase, type CommandResult } from "../test-support/run-command";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { runPartnerCommand } from "./partner.command";
import { Partner } from "./partner.entity";

const NOW = new Date("2025-03-01T12:00:00Z");

function run(dataSource: DataSource, argv: string[]): Promise<CommandResult> {
  return runOnTestDatabase(dataSource, (openDatabase, output) => runPartnerCommand(argv, openDatabase, output, NOW));
}

describe("partner command", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("lists no partners in an empty database", async () => {
    const result = await run(database.dataSource, ["list"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("The database has no partners.\n");
  });

  it("creates a partner", async () => {
    const result = await run(database.dataSource, ["create", "--slug", "harbor-college", "--name", "  Harbor College  "]);

    const partner = await database.dataSource.getRepository(Partner).findOneBy({ slug: "harbor-college" });
    expect(result.exitCode).toBe(0);
    expect(partner?.name).toBe("Harbor College");
    expect(partner?.id).toMatch(/^ptr_[0-9a-f]{32}$/);
    expect(partner?.createdAt.toISOString()).toBe(NOW.toISOString());
    expect(result.stdout).toContain(`Created partner ${partner?.id} "Harbor College" (harbor-college).`);
  });

  it("lists partners with their staff user counts", async () => {
    const factory = new TestFactory(database.dataSource);
    const partner = await factory.partner({ slug: "alder", name: "Alder Institute" });
    await factory.staffUser(partner);
    await factory.staffUser(partner);

    const result = await run(database.dataSource, ["list"]);

    const lines = result.stdout.trimEnd().split("\n");
    expect(result.exitCode).toBe(0);
    expect(lines[0]).toMatch(/^slug\s+name\s+id\s+staff users\s+created$/);
    expect(lines[1]).toMatch(new RegExp(`^alder\\s+Alder Institute\\s+${partner.id}\\s+2\\s+2024-01-01T00:00:00.000Z$`));
    expect(lines[2]).toMatch(/^harbor-college\s+Harbor College\s+ptr_\w+\s+0\s+/);
  });

  it("prints help without opening the database", async () => {
    const openDatabase = jest.fn();
    let stdout = "";

    const exitCode = await runPartnerCommand(["--help"], openDatabase, { stdout: (text) => (stdout += text), stderr: () => undefined });

    expect(exitCode).toBe(0);
    expect(stdout).toContain("Usage: npm run partner -- <command> [options]");
    expect(openDatabase).not.toHaveBeenCalled();
  });

  it.each([
    ["a duplicate slug", ["create", "--slug", "harbor-college", "--name", "Other"], 'A partner with the slug "harbor-college" exists already. List the partners with: npm run partner -- list'],
    ["a missing slug", ["create", "--name", "Other"], "Missing --slug: give the partner's short name, such as --slug northfield."],
    [
      "an uppercase slug",
      ["create", "--slug", "Harbor", "--name", "Other"],
      'Invalid slug "Harbor": use 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, such as northfield or lake-shore.',
    ],
    [
      "a slug with a trailing hyphen",
      ["create", "--slug", "harbor-", "--name", "Other"],
      'Invalid slug "harbor-": use 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, such as northfield or lake-shore.',
    ],
    ["a missing name", ["create", "--slug", "other"], 'Missing --name: give it as, for example, --name "Northfield University".'],
    ["a name above 200 characters", ["create", "--slug", "other", "--name", "x".repeat(201)], "--name has 201 characters, above the maximum of 200."],
    ["an unknown command", ["delete", "--slug", "other"], 'Unknown command "delete": use create or list.'],
    ["an option of another command", ["list", "--slug", "other"], "list does not take --slug."],
    ["an unknown option", ["create", "--slug", "other", "--name", "Other", "--role", "ADMIN"], "Unknown option '--role'"],
  ])("rejects %s with exit code 2", async (_case, argv, message) => {
    const before = await database.dataSource.getRepository(Partner).count();

    const result = await run(database.dataSource, argv);

    expect(result.exitCode).toBe(EXIT_USAGE);
    expect(result.stderr.split("\n")[0]).toContain(message);
    expect(result.stdout).toBe("");
    expect(await database.dataSource.getRepository(Partner).count()).toBe(before);
  });
});
