import { DEMO_SIGN_IN } from "../seed/demo-sign-in";
import { startTestServer, type TestServer } from "../test-support/test-server";
import { hashPassword } from "./password";
import { StaffUser } from "./staff-user.entity";

describe("demo sign-in route", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  function demoSignIn(): Promise<Response> {
    return fetch(`${server.baseUrl}/auth/demo-sign-in`);
  }

  it("answers 204 while the demo administrator does not exist", async () => {
    const response = await demoSignIn();

    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("returns the demo email and password while they work", async () => {
    await server.factory.staffUser(await server.factory.partner(), { email: DEMO_SIGN_IN.email, passwordHash: await hashPassword(DEMO_SIGN_IN.password) });

    const response = await demoSignIn();

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: DEMO_SIGN_IN.email, password: DEMO_SIGN_IN.password });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 204 once the demo password was changed", async () => {
    await server.dataSource.getRepository(StaffUser).update({ email: DEMO_SIGN_IN.email }, { passwordHash: await hashPassword("a new password") });

    const response = await demoSignIn();

    expect(response.status).toBe(204);
  });
});
