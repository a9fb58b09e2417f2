import { startTestServer, type TestServer } from "../test-support/test-server";

const mockLogLines: string[] = [];

jest.mock("../common/logger", () => {
  const actual = jest.requireActual<typeof import("../common/logger")>("../common/logger");

  return { ...actual, logger: actual.createLogger("info", { write: (line: string) => mockLogLines.push(line) }) };
});

interface AccessLogLine {
  msg: string;
  method: string;
  path: string;
  status: number;
}

describe("access log", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  function postJson(path: string, body: string): Promise<Response> {
    return fetch(`${server.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  }

  async function accessLogLineOf(request: () => Promise<Response>): Promise<AccessLogLine | undefined> {
    const start = mockLogLines.length;

    const response = await request();
    await response.arrayBuffer();
    // The line is written on the response's "finish" event, which may follow the last byte sent.
    await new Promise((resolve) => setImmediate(resolve));

    return mockLogLines
      .slice(start)
      .map((line) => JSON.parse(line) as AccessLogLine)
      .find((line) => line.msg === "request finished");
  }

  it.each([
    ["GraphQL", "/graphql", () => postJson("/graphql", '{"query":"{ __typename }"}')],
    ["sign-in", "/auth/login", () => postJson("/auth/login", "{}")],
    ["the session route", "/auth/session", () => fetch(`${server.baseUrl}/auth/session`)],
  ])("logs the full path of %s", async (_case, path, request) => {
    const line = await accessLogLineOf(request);

    expect(line?.path).toBe(path);
  });

  it("leaves the query string out of the path", async () => {
    const line = await accessLogLineOf(() => fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent("{ viewer { email } }")}`));

    expect(line?.path).toBe("/graphql");
  });
});
