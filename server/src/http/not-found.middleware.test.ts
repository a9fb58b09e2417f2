import { startTestServer, type TestServer } from "../test-support/test-server";

describe("unknown API routes", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["GET", "/auth/nothing-here"],
    ["GET", "/auth/login"],
    ["GET", "/export/mentorships"],
    ["POST", "/graphql/extra"],
    ["GET", "/health/deep"],
    ["POST", "/health"],
  ])("answers %s %s with a JSON 404", async (method, path) => {
    const response = await fetch(`${server.baseUrl}${path}?secret=1`, { method });

    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: `No route matches ${method} ${path}.` } });
  });
});
