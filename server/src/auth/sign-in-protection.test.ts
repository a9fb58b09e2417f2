import { startTestServer, type TestServer } from "../test-support/test-server";
import { hashPassword, UNKNOWN_USER_PASSWORD_HASH, verifyPassword } from "./password";

jest.mock("./password", () => {
  const actual = jest.requireActual<typeof import("./password")>("./password");

  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

const PASSWORD = "correct horse battery staple";

describe("sign-in protection", () => {
  let server: TestServer;
  let nextAddress = 1;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  /** Returns a client address no other test uses; the app trusts X-Forwarded-For from loopback. */
  function freshAddress(): string {
    nextAddress += 1;

    return `198.51.100.${nextAddress}`;
  }

  async function staffWithEmail(email: string): Promise<void> {
    await server.factory.staffUser(await server.factory.partner(), { email, passwordHash: await hashPassword(PASSWORD) });
  }

  function signIn(email: string, password: string, address = freshAddress()): Promise<Response> {
    return fetch(`${server.baseUrl}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ email, password }),
    });
  }

  async function failTimes(count: number, email: (attempt: number) => string, address?: string): Promise<void> {
    for (let attempt = 0; attempt < count; attempt += 1) {
      const response = await signIn(email(attempt), "wrong password", address);
      expect(response.status).toBe(401);
    }
  }

  describe("unknown emails", () => {
    it("still run one password verification", async () => {
      jest.mocked(verifyPassword).mockClear();

      await signIn("nobody@unknown.example.edu", "guess");

      expect(verifyPassword).toHaveBeenCalledTimes(1);
      expect(verifyPassword).toHaveBeenCalledWith("guess", UNKNOWN_USER_PASSWORD_HASH);
    });

    it("are rejected although the dummy hash is well-formed", async () => {
      const response = await signIn("nobody@unknown.example.edu", "guess");

      expect(response.status).toBe(401);
    });
  });

  describe("rate limit", () => {
    it("rejects the 11th failure per email and address", async () => {
      const address = freshAddress();
      await staffWithEmail("locked@limit.example.edu");
      await failTimes(10, () => "locked@limit.example.edu", address);

      const response = await signIn("locked@limit.example.edu", PASSWORD, address);

      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("TOO_MANY_REQUESTS");
    });

    it("lets the email sign in from another address meanwhile", async () => {
      await staffWithEmail("targeted@limit.example.edu");
      await failTimes(10, () => "targeted@limit.example.edu", freshAddress());

      const response = await signIn("targeted@limit.example.edu", PASSWORD, freshAddress());

      expect(response.status).toBe(200);
    });

    it("counts an email in any letter case as one", async () => {
      const address = freshAddress();
      await failTimes(10, (attempt) => (attempt % 2 === 0 ? "Mixed@Limit.example.edu" : "mixed@limit.example.edu "), address);

      const response = await signIn("MIXED@limit.example.edu", "wrong password", address);

      expect(response.status).toBe(429);
    });

    it("lets one address fail for several emails beyond 10 in total", async () => {
      const address = freshAddress();
      await failTimes(10, (attempt) => `shared-${attempt}@limit.example.edu`, address);
      await staffWithEmail("colleague@limit.example.edu");

      const response = await signIn("colleague@limit.example.edu", PASSWORD, address);

      expect(response.status).toBe(200);
    });

    it("rejects the 101st attempt from one address, whatever the email", async () => {
      const address = freshAddress();
      await failTimes(100, (attempt) => `guess-${attempt}@limit.example.edu`, address);

      const response = await signIn("another@limit.example.edu", "wrong password", address);

      expect(response.status).toBe(429);
    });

    it("lets other addresses sign in meanwhile", async () => {
      const address = freshAddress();
      await failTimes(100, (attempt) => `spray-${attempt}@limit.example.edu`, address);
      await staffWithEmail("bystander@limit.example.edu");

      const response = await signIn("bystander@limit.example.edu", PASSWORD, freshAddress());

      expect(response.status).toBe(200);
    });

    it("counts parallel attempts before checking passwords", async () => {
      const address = freshAddress();
      await staffWithEmail("parallel@limit.example.edu");

      const responses = await Promise.all(Array.from({ length: 20 }, () => signIn("parallel@limit.example.edu", "wrong password", address)));

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    });

    it("clears the failures of the email and address after a successful sign-in", async () => {
      const address = freshAddress();
      await staffWithEmail("forgetful@limit.example.edu");
      await failTimes(9, () => "forgetful@limit.example.edu", address);
      expect((await signIn("forgetful@limit.example.edu", PASSWORD, address)).status).toBe(200);
      await failTimes(1, () => "forgetful@limit.example.edu", address);

      const response = await signIn("forgetful@limit.example.edu", PASSWORD, address);

      expect(response.status).toBe(200);
    });
  });
});
