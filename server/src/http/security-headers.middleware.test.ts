import { startTestServer, type TestServer } from "../test-support/test-server";

const EXPECTED_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

describe("security headers", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["health", () => fetch(`${server.baseUrl}/health`)],
    ["GraphQL", () => fetch(`${server.baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })],
    ["a 404", () => fetch(`${server.baseUrl}/auth/unknown`)],
    ["a rejected body", () => fetch(`${server.baseUrl}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" })],
  ])("are set on %s", async (_case, request) => {
    const response = await request();

    for (const [name, value] of Object.entries(EXPECTED_HEADERS)) {
      expect(`${name}: ${response.headers.get(name)}`).toBe(`${name}: ${value}`);
    }
  });
});
