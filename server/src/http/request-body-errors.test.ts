import { hashPassword } from "../auth/password";
import { startTestServer, type TestServer } from "../test-support/test-server";

// Every line the app logs, as pino writes it, so that tests can read the real output.
const mockLogLines: string[] = [];

jest.mock("../common/logger", () => {
  const actual = jest.requireActual<typeof import("../common/logger")>("../common/logger");

  return { ...actual, logger: actual.createLogger("trace", { write: (line: string) => mockLogLines.push(line) }) };
});

const PASSWORD = "Secret1-do-not-log";

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

function logLinesSince(start: number): LogLine[] {
  return mockLogLines.slice(start).map((line) => JSON.parse(line) as LogLine);
}

describe("request body errors", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.factory.partner();
    await server.factory.staffUser(partner, { email: "staff@body.example.edu", passwordHash: await hashPassword(PASSWORD) });
  });

  afterAll(async () => {
    await server.close();
  });

  function post(path: string, body: string): Promise<Response> {
    return fetch(`${server.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  }

  const malformedSignIn = `{"email":"staff@body.example.edu","password":"${PASSWORD}" oops}`;
  const malformedGraphQL = `{"query":"{ viewer { email } }","variables":{"password":${PASSWORD}}}`;

  describe("malformed JSON", () => {
    it("answers sign-in with 400 BAD_REQUEST", async () => {
      const response = await post("/auth/login", malformedSignIn);

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "The request body is not valid JSON." } });
    });

    it("answers GraphQL with 400 and a GraphQL error", async () => {
      const response = await post("/graphql", malformedGraphQL);

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
    });

    it.each([
      ["sign-in", "/auth/login", malformedSignIn],
      ["GraphQL", "/graphql", malformedGraphQL],
    ])("keeps the password out of the %s logs", async (_case, path, body) => {
      const start = mockLogLines.length;

      await post(path, body);

      const logged = mockLogLines.slice(start).join("\n");
      expect(logged).toContain("request body rejected");
      expect(logged).not.toContain(PASSWORD);
    });

    it.each([
      ["sign-in", "/auth/login", malformedSignIn],
      ["GraphQL", "/graphql", malformedGraphQL],
    ])("logs the %s rejection as a warning, not an error", async (_case, path, body) => {
      const start = mockLogLines.length;

      await post(path, body);

      const lines = logLinesSince(start);
      expect(lines.find((line) => line.msg === "request body rejected")?.level).toBe(40);
      expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    });
  });

  describe("oversized body", () => {
    it("answers sign-in above 10 kB with 413 naming the limit", async () => {
      const response = await post("/auth/login", JSON.stringify({ email: "staff@body.example.edu", password: "x".repeat(11 * 1024) }));

      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than the limit of 10 kB (10240 bytes)." },
      });
    });

    it("answers GraphQL above 1 MB with 413 naming the limit", async () => {
      const response = await post("/graphql", JSON.stringify({ query: "{ viewer { email } }", variables: { padding: "x".repeat(1024 * 1024) } }));

      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [{ message: "The request body is larger than the limit of 1 MB (1048576 bytes).", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
    });

    it("logs the oversized body as a warning without its content", async () => {
      const start = mockLogLines.length;

      await post("/auth/login", JSON.stringify({ email: "staff@body.example.edu", password: `${PASSWORD}${"x".repeat(11 * 1024)}` }));

      const rejection = logLinesSince(start).find((line) => line.msg === "request body rejected");
      expect(rejection).toMatchObject({ level: 40, reason: "entity.too.large", status: 413, limitBytes: 10240 });
      expect(mockLogLines.slice(start).join("\n")).not.toContain(PASSWORD);
    });
  });

  describe("Content-Encoding", () => {
    function postEncoded(path: string, encoding: string, body: string): Promise<Response> {
      return fetch(`${server.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", "content-encoding": encoding }, body });
    }

    const signInBody = JSON.stringify({ email: "staff@body.example.edu", password: PASSWORD });

    it.each([
      ["gzip", "/auth/login"],
      ["deflate", "/auth/login"],
      ["br", "/auth/login"],
      ["gzip", "/graphql"],
      ["deflate", "/graphql"],
      ["br", "/graphql"],
    ])("answers an uncompressed body labelled %s on %s with 400", async (encoding, path) => {
      const response = await postEncoded(path, encoding, signInBody);

      expect(response.status).toBe(400);
    });

    it("answers sign-in with a JSON error for an uncompressed gzip body", async () => {
      const response = await postEncoded("/auth/login", "gzip", signInBody);

      expect(await response.json()).toEqual({
        error: { code: "BAD_REQUEST", message: "The request body could not be read; check that it is encoded as its Content-Encoding header states." },
      });
    });

    it("answers GraphQL with a GraphQL error for an uncompressed gzip body", async () => {
      const response = await postEncoded("/graphql", "gzip", JSON.stringify({ query: "{ viewer { email } }" }));

      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("BAD_REQUEST");
    });

    it.each([["/auth/login"], ["/graphql"]])("answers an unsupported encoding on %s with 415", async (path) => {
      const response = await postEncoded(path, "compress", signInBody);

      expect(response.status).toBe(415);
    });

    it("logs an undecodable body as a warning without its content", async () => {
      const start = mockLogLines.length;

      await postEncoded("/auth/login", "gzip", signInBody);

      const lines = logLinesSince(start);
      expect(lines.find((line) => line.msg === "request body rejected")).toMatchObject({ level: 40, status: 400 });
      expect(lines.filter((line) => line.level >= 50)).toEqual([]);
      expect(mockLogLines.slice(start).join("\n")).not.toContain(PASSWORD);
    });
  });

  it("still signs in with a well-formed body", async () => {
    const response = await post("/auth/login", JSON.stringify({ email: "staff@body.example.edu", password: PASSWORD }));

    expect(response.status).toBe(200);
  });
});
