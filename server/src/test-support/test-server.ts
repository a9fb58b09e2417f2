import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { createApp, type App, type AppOptions } from "../app";
import { SESSION_COOKIE } from "../auth/authenticate.middleware";
import { signSessionToken } from "../auth/session-token";
import type { StaffUser } from "../auth/staff-user.entity";
import { TestFactory } from "./factories";
import { createTestDatabase, type TestDatabase } from "./test-database";

const SESSION_SECRET = "test-server-session-secret-0123456789abcdef";

/** A GraphQL error as the API returns it. */
export interface GraphQLResponseError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argumentName?: string; requestId?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Result of one POST to `/graphql`. */
export interface GraphQLResult<TData> {
  status: number;
  body: { data?: TData | null; errors?: GraphQLResponseError[] };
  /** The `X-SQL-Statements` header: statements the whole HTTP request ran, including the session lookup. */
  sqlStatements: number | null;
  headers: Headers;
}

/** Sends GraphQL operations, with or without a session. */
export interface GraphQLClient {
  /** The Cookie header the client sends; undefined without a session. */
  cookie: string | undefined;
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<TData>>;
}

/** A running app on a fresh database, for one test file. */
export interface TestServer {
  dataSource: DataSource;
  factory: TestFactory;
  baseUrl: string;
  /** A client whose requests carry a valid session cookie of `user`. */
  signIn(user: StaffUser): GraphQLClient;
  /** A client whose requests carry `Authorization: Bearer <token>`. */
  withBearerToken(token: string): GraphQLClient;
  /** A client without a session. */
  anonymous: GraphQLClient;
  close(): Promise<void>;
}

/**
 * Starts the real app (Express, Apollo Server, authentication) on a fresh migrated database
 * and a random loopback port, with the `X-SQL-Statements` header switched on.
 */
export async function startTestServer(options: Pick<AppOptions, "graphql"> = {}): Promise<TestServer> {
  const database: TestDatabase = await createTestDatabase();
  const app: App = await createApp({ dataSource: database.dataSource, sessionSecret: SESSION_SECRET, exposeSqlStatementCount: true, ...options });
  const server: Server = app.express.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clientWithCookie = (cookie: string | undefined): GraphQLClient => ({
    cookie,
    graphql: (query, variables) => postGraphQL(baseUrl, query, variables, cookie ? { cookie } : {}),
  });

  return {
    dataSource: database.dataSource,
    factory: new TestFactory(database.dataSource),
    baseUrl,
    signIn: (user) => clientWithCookie(`${SESSION_COOKIE}=${signSessionToken(user.id, SESSION_SECRET)}`),
    withBearerToken: (token) => ({
      cookie: undefined,
      graphql: (query, variables) => postGraphQL(baseUrl, query, variables, { authorization: `Bearer ${token}` }),
    }),
    anonymous: clientWithCookie(undefined),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await database.destroy();
    },
  };
}

async function postGraphQL<TData>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  credentials: { cookie?: string; authorization?: string },
): Promise<GraphQLResult<TData>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...credentials },
    body: JSON.stringify({ query, variables }),
  });
  const header = response.headers.get("x-sql-statements");

  return {
    status: response.status,
    body: (await response.json()) as GraphQLResult<TData>["body"],
    sqlStatements: header === null ? null : Number(header),
    headers: response.headers,
  };
}
