import { EXIT_USAGE } from "../common/command-line";
import type { Partner } from "../partner/partner.entity";
import { runOnTestDatabase, type CommandResult } from "../test-support/run-command";
import { startTestServer, type TestServer } from "../test-support/test-server";
import { verifyPassword } from "./password";
import { StaffUser } from "./staff-user.entity";
import { runStaffCommand, type StaffCommandOptions } from "./staff-user.command";

const PASSWORD_LINE = /^ {2}(\S+)$/m;

function passwordIn(output: string): string {
  const password = PASSWORD_LINE.exec(output)?.[1];
  if (!password) {
    throw new Error(`No password in the output:\n${output}`);
  }

  return password;
}

describe("staff command", () => {
  let server: TestServer;
  let partner: Partner;

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.factory.partner({ slug: "harbor", name: "Harbor College" });
    await server.factory.partner({ slug: "alder", name: "Alder Institute" });
  });

  afterAll(async () => {
    await server.close();
  });

  function run(argv: string[], options: StaffCommandOptions = {}): Promise<CommandResult> {
    return runOnTestDatabase(server.dataSource, (openDatabase, output) => runStaffCommand(argv, openDatabase, output, options));
  }

  function signIn(email: string, password: string): Promise<Response> {
    return fetch(`${server.baseUrl}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
  }

  describe("create", () => {
    it("prints a generated password that signs in over HTTP", async () => {
      const result = await run(["create", "--partner", "harbor", "--email", "Ada@Harbor.example", "--name", "Ada Lovelace", "--role", "admin"]);
      const password = passwordIn(result.stdout);

      const response = await signIn("ada@harbor.example", password);

      expect(result.exitCode).toBe(0);
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(response.status).toBe(200);
      expect(response.headers.get("set-cookie")).toContain("mentorlens_session=");
    });

    it("stores the user with a lowercase email and only the password's hash", async () => {
      const result = await run(["create", "--partner", "harbor", "--email", "Grace@Harbor.example", "--name", "Grace Hopper", "--role", "ANALYST"]);
      const password = passwordIn(result.stdout);

      const stored = await server.dataSource.getRepository(StaffUser).findOneByOrFail({ email: "grace@harbor.example" });
      expect(stored.partnerId).toBe(partner.id);
      expect(stored.displayName).toBe("Grace Hopper");
      expect(stored.role).toBe("ANALYST");
      expect(stored.passwordHash).not.toContain(password);
      expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
    });

    it("uses the password from MENTORLENS_PASSWORD and does not print it", async () => {
      const password = "correct horse battery staple";

      const result = await run(["create", "--partner", "alder", "--email", "lin@alder.example", "--name", "Lin", "--role", "ANALYST"], { password });
      const response = await signIn("lin@alder.example", password);

      expect(result.exitCode).toBe(0);
      expect(result.stdout).not.toContain(password);
      expect(result.stdout).toContain("They sign in with the password from MENTORLENS_PASSWORD.");
      expect(response.status).toBe(200);
    });

    it.each([
      ["a duplicate email in another letter case", ["--partner", "alder", "--email", "ADA@harbor.example", "--name", "x", "--role", "ADMIN"], 'A staff user with the email "ada@harbor.example" exists already; emails are unique across all partners.'],
      ["an invalid email", ["--partner", "harbor", "--email", "ada@harbor", "--name", "x", "--role", "ADMIN"], 'Invalid email "ada@harbor": give one address such as ada@example.edu, at most 320 characters.'],
      ["a missing email", ["--partner", "harbor", "--name", "x", "--role", "ADMIN"], "Missing --email: give the sign-in email address, such as --email ada@example.edu."],
      ["an unknown role", ["--partner", "harbor", "--email", "x@harbor.example", "--name", "x", "--role", "OWNER"], 'Unknown role "OWNER": use ADMIN or ANALYST.'],
      [
        "the INTEGRATION role",
        ["--partner", "harbor", "--email", "x@harbor.example", "--name", "x", "--role", "INTEGRATION"],
        "INTEGRATION is a role for API tokens, not people: create one with npm run token -- create, or use ADMIN or ANALYST here.",
      ],
      ["an unknown partner", ["--partner", "nowhere", "--email", "x@harbor.example", "--name", "x", "--role", "ADMIN"], 'Unknown partner "nowhere". Known partners: alder, harbor.'],
      ["a missing partner", ["--email", "x@harbor.example", "--name", "x", "--role", "ADMIN"], "Missing --partner: give the partner's slug, such as --partner northfield."],
      ["a missing name", ["--partner", "harbor", "--email", "x@harbor.example", "--role", "ADMIN"], 'Missing --name: give it as, for example, --name "Ada Lovelace".'],
      ["a password on the command line", ["--partner", "harbor", "--email", "x@harbor.example", "--name", "x", "--role", "ADMIN", "--password", "secret"], "Unknown option '--password'"],
    ])("rejects %s with exit code 2", async (_case, options, message) => {
      const before = await server.dataSource.getRepository(StaffUser).count();

      const result = await run(["create", ...options]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr.split("\n")[0]).toContain(message);
      expect(result.stdout).toBe("");
      expect(await server.dataSource.getRepository(StaffUser).count()).toBe(before);
    });

    it("rejects a short MENTORLENS_PASSWORD before opening the database", async () => {
      const openDatabase = jest.fn();
      let stderr = "";

      const exitCode = await runStaffCommand(
        ["create", "--partner", "harbor", "--email", "x@harbor.example", "--name", "x", "--role", "ADMIN"],
        openDatabase,
        { stdout: () => undefined, stderr: (text) => (stderr += text) },
        { password: "short" },
      );

      expect(exitCode).toBe(EXIT_USAGE);
      expect(stderr).toContain("The password in MENTORLENS_PASSWORD has 5 characters; use 12 to 320, or unset it to get a generated one.");
      expect(openDatabase).not.toHaveBeenCalled();
    });
  });

  describe("list", () => {
    it("lists the partner's staff users without secrets", async () => {
      const created = await run(["create", "--partner", "alder", "--email", "noor@alder.example", "--name", "Noor", "--role", "ADMIN"]);
      const password = passwordIn(created.stdout);
      const stored = await server.dataSource.getRepository(StaffUser).findOneByOrFail({ email: "noor@alder.example" });

      const result = await run(["list", "--partner", "alder"]);

      const lines = result.stdout.trimEnd().split("\n");
      expect(result.exitCode).toBe(0);
      expect(lines[0]).toBe("Staff users of Alder Institute (alder):");
      expect(lines[1]).toMatch(/^email\s+name\s+role\s+id\s+created$/);
      expect(lines[2]).toMatch(/^lin@alder\.example\s+Lin\s+ANALYST\s+usr_/);
      expect(lines[3]).toMatch(/^noor@alder\.example\s+Noor\s+ADMIN\s+usr_/);
      expect(result.stdout).not.toContain(password);
      expect(result.stdout).not.toContain(stored.passwordHash);
      expect(result.stdout).not.toContain("scrypt$");
    });

    it("says when a partner has no staff users", async () => {
      await server.factory.partner({ slug: "empty", name: "Empty Partner" });

      const result = await run(["list", "--partner", "empty"]);

      expect(result.stdout).toBe("Empty Partner (empty) has no staff users.\n");
    });

    it("rejects options of create", async () => {
      const result = await run(["list", "--partner", "alder", "--role", "ADMIN"]);

      expect(result.exitCode).toBe(EXIT_USAGE);
      expect(result.stderr.split("\n")[0]).toBe("list does not take --role.");
    });
  });
});
