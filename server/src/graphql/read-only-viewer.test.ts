import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { GraphQLBoolean, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { createApiToken } from "../api-token/api-token.service";
import { authenticate } from "../auth/authenticate.middleware";
import { StaffRole } from "../auth/staff-role.enum";
import type { Partner } from "../partner/partner.entity";
import { TestFactory } from "../test-support/factories";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { createGraphQLHandler, type GraphQLHandler } from "./graphql-handler";

/**
 * The API has no mutation yet, so these tests serve a schema of their own with one, through the
 * real authentication middleware and GraphQL handler, with tokens from a real database.
 */
function schemaWithMutation(onTouch: () => void): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ping: { type: GraphQLString, resolve: () => "pong" } } }),
    mutation: new GraphQLObjectType({
      name: "Mutation",
      fields: {
        touch: {
          type: GraphQLBoolean,
          resolve: () => {
            onTouch();
            return true;
          },
        },
      },
    }),
  });
}

describe("read-only viewers", () => {
  let database: TestDatabase;
  let handler: GraphQLHandler;
  let server: Server;
  let baseUrl: string;
  let partner: Partner;
  let touches = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    partner = await new TestFactory(database.dataSource).partner();
    handler = await createGraphQLHandler({ dataSource: database.dataSource, schema: schemaWithMutation(() => (touches += 1)) });
    const app = express();
    app.use(authenticate(database.dataSource, "read-only-test-session-secret-0123456789"));
    app.use("/graphql", handler.handler);
    server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    touches = 0;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handler.stop();
    await database.destroy();
  });

  async function send(role: StaffRole, query: string) {
    const { token } = await createApiToken(database.dataSource, { partnerSlug: partner.slug, role, name: `${role} token`, grants: [] });
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });

    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  }

  it("rejects a mutation from an INTEGRATION token", async () => {
    const result = await send(StaffRole.INTEGRATION, "mutation Touch { touch }");

    expect(result.status).toBe(403);
    expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(result.body.errors?.[0]?.message).toBe("The INTEGRATION role is read-only and may not send mutation operations; send a query instead.");
    expect(touches).toBe(0);
  });

  it("rejects a mutation hidden behind a query in the same document", async () => {
    const { token } = await createApiToken(database.dataSource, { partnerSlug: partner.slug, role: StaffRole.INTEGRATION, name: "two operations", grants: [] });

    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "query Read { ping } mutation Write { touch }", operationName: "Write" }),
    });

    expect(response.status).toBe(403);
    expect(touches).toBe(0);
  });

  it("lets an INTEGRATION token query", async () => {
    const result = await send(StaffRole.INTEGRATION, "{ ping }");

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ ping: "pong" });
  });

  it.each([StaffRole.ADMIN, StaffRole.ANALYST])("lets an %s token mutate", async (role) => {
    const result = await send(role, "mutation { touch }");

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ touch: true });
    expect(touches).toBe(1);
  });

  it("answers a mutation sent with GET with 405 and Allow: POST", async () => {
    const { token } = await createApiToken(database.dataSource, { partnerSlug: partner.slug, role: StaffRole.ADMIN, name: "GET mutation", grants: [] });

    const response = await fetch(`${baseUrl}/graphql?${new URLSearchParams({ query: "mutation { touch }" }).toString()}`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(touches).toBe(0);
  });
});
