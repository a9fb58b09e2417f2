import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type App } from "../app";
import { idFromHex } from "../common/ids";
import { Partner } from "../partner/partner.entity";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { SESSION_COOKIE } from "./authenticate.middleware";
import { hashPassword } from "./password";
import { StaffRole } from "./staff-role.enum";
import { StaffUser } from "./staff-user.entity";

const SECRET = "auth-routes-test-secret-0123456789abcdef";
const PASSWORD = "correct horse battery staple";

describe("sign-in routes", () => {
  let database: TestDatabase;
  let app: App;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const partnerId = idFromHex("partner", "a".repeat(32));
    await database.dataSource.getRepository(Partner).insert({ id: partnerId, slug: "acme", name: "Acme College", createdAt: new Date() });
    await database.dataSource.getRepository(StaffUser).insert({
      id: idFromHex("staffUser", "b".repeat(32)),
      partnerId,
      email: "staff@acme.example.edu",
      displayName: "Sam Staff",
      role: StaffRole.ADMIN,
      passwordHash: await hashPassword(PASSWORD),
      createdAt: new Date(),
    });

    app = await createApp({ dataSource: database.dataSource, sessionSecret: SECRET });
    server = app.express.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await database.destroy();
  });

  async function errorCode(response: Response): Promise<string> {
    const body = (await response.json()) as { error: { code: string } };

    return body.error.code;
  }

  function signIn(body: unknown): Promise<Response> {
    return fetch(`${baseUrl}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("sets an HttpOnly session cookie for the right password", async () => {
    const response = await signIn({ email: "Staff@Acme.example.edu ", password: PASSWORD });

    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  it("returns the viewer and partner after sign-in", async () => {
    const response = await signIn({ email: "staff@acme.example.edu", password: PASSWORD });

    const body = await response.json();
    expect(body).toEqual({
      displayName: "Sam Staff",
      email: "staff@acme.example.edu",
      role: "ADMIN",
      credential: "session",
      partner: expect.objectContaining({ slug: "acme", name: "Acme College" }),
    });
  });

  it("rejects a wrong password with 401 and no cookie", async () => {
    const response = await signIn({ email: "staff@acme.example.edu", password: "wrong" });

    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await errorCode(response)).toBe("UNAUTHENTICATED");
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const unknown = await signIn({ email: "nobody@acme.example.edu", password: PASSWORD });
    const wrong = await signIn({ email: "staff@acme.example.edu", password: "wrong" });

    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it.each([
    { case: "an empty body", body: {} },
    { case: "a missing password", body: { email: "staff@acme.example.edu" } },
    { case: "a numeric email", body: { email: 42, password: PASSWORD } },
    { case: "an email over 320 characters", body: { email: "x".repeat(400), password: PASSWORD } },
  ])(
    "rejects $case with 400",
    async ({ body }) => {
      const response = await signIn(body);

      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe("BAD_USER_INPUT");
    },
  );

  it("reports who is signed in from the cookie", async () => {
    const cookie = (await signIn({ email: "staff@acme.example.edu", password: PASSWORD })).headers.get("set-cookie") ?? "";

    const response = await fetch(`${baseUrl}/auth/me`, { headers: { cookie: cookie.split(";")[0] } });

    expect(response.status).toBe(200);
    expect(((await response.json()) as { email: string }).email).toBe("staff@acme.example.edu");
  });

  it("answers 401 on /auth/me without a session", async () => {
    const response = await fetch(`${baseUrl}/auth/me`);

    expect(response.status).toBe(401);
  });

  it("reports a signed-out session with 200", async () => {
    const response = await fetch(`${baseUrl}/auth/session`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ signedIn: false });
  });

  it("reports a signed-in session with the viewer of /auth/me", async () => {
    const cookie = ((await signIn({ email: "staff@acme.example.edu", password: PASSWORD })).headers.get("set-cookie") ?? "").split(";")[0];

    const session = await fetch(`${baseUrl}/auth/session`, { headers: { cookie } });
    const me = await fetch(`${baseUrl}/auth/me`, { headers: { cookie } });

    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ signedIn: true, viewer: await me.json() });
  });

  it("reports a forged session cookie as signed out", async () => {
    const response = await fetch(`${baseUrl}/auth/session`, { headers: { cookie: `${SESSION_COOKIE}=forged.token` } });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ signedIn: false });
  });

  it("clears the cookie on sign-out", async () => {
    const response = await fetch(`${baseUrl}/auth/logout`, { method: "POST" });

    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=;`);
  });

  it("ends a copied session cookie on sign-out", async () => {
    const cookie = ((await signIn({ email: "staff@acme.example.edu", password: PASSWORD })).headers.get("set-cookie") ?? "").split(";")[0];

    await fetch(`${baseUrl}/auth/logout`, { method: "POST", headers: { cookie } });
    const response = await fetch(`${baseUrl}/auth/me`, { headers: { cookie } });

    expect(response.status).toBe(401);
  });

  it("accepts a new sign-in after sign-out", async () => {
    const oldCookie = ((await signIn({ email: "staff@acme.example.edu", password: PASSWORD })).headers.get("set-cookie") ?? "").split(";")[0];
    await fetch(`${baseUrl}/auth/logout`, { method: "POST", headers: { cookie: oldCookie } });

    const newCookie = ((await signIn({ email: "staff@acme.example.edu", password: PASSWORD })).headers.get("set-cookie") ?? "").split(";")[0];
    const response = await fetch(`${baseUrl}/auth/me`, { headers: { cookie: newCookie } });

    expect(response.status).toBe(200);
  });

  it("reports health with the database state", async () => {
    const response = await fetch(`${baseUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("returns a request id on every response", async () => {
    const response = await fetch(`${baseUrl}/health`, { headers: { "x-request-id": "trace-12345678" } });

    expect(response.headers.get("x-request-id")).toBe("trace-12345678");
  });
});
