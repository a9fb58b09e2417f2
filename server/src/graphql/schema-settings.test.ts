import { getIntrospectionQuery } from "graphql";
import type { StaffUser } from "../auth/staff-user.entity";
import { startTestServer, type TestServer } from "../test-support/test-server";

/** A field name one letter away from `displayName`, so graphql-js suggests the real one. */
const MISSPELLED_FIELD_QUERY = "{ viewer { displayNam } }";

/** A variable value one letter away from `MATCHED`: graphql-js suggests enum values when it coerces variables too. */
const MISSPELLED_ENUM_QUERY = "query ($status: [MentorshipStatus!]) { mentorships(filter: { statuses: $status }) { totalCount } }";

const INTROSPECTION_OFF_MESSAGE =
  "Introspection is switched off on this server, so `__schema` and `__type` cannot be queried. The schema is published as `schema.graphql`.";

describe.each([
  ["defaults", {}, { introspection: true, suggestions: true }],
  ["introspection off", { introspection: false }, { introspection: false, suggestions: true }],
  ["suggestions off", { fieldSuggestions: false }, { introspection: true, suggestions: false }],
])("GraphQL settings: %s", (_name, graphql, expected) => {
  let server: TestServer;
  let staff: StaffUser;

  beforeAll(async () => {
    server = await startTestServer({ graphql });
    staff = await server.factory.staffUser(await server.factory.partner());
  });

  afterAll(async () => {
    await server.close();
  });

  it(`${expected.introspection ? "answers" : "rejects"} the introspection query`, async () => {
    const result = await server.signIn(staff).graphql(getIntrospectionQuery());

    expect(result.status).toBe(expected.introspection ? 200 : 400);
    expect(result.body.errors === undefined).toBe(expected.introspection);
  });

  it(`${expected.introspection ? "answers" : "rejects"} a __type query`, async () => {
    const result = await server.signIn(staff).graphql('{ __type(name: "Mentorship") { name } }');

    expect(result.body.errors?.[0]?.message ?? null).toBe(expected.introspection ? null : INTROSPECTION_OFF_MESSAGE);
    expect(result.body.errors?.[0]?.extensions?.code ?? null).toBe(expected.introspection ? null : "GRAPHQL_VALIDATION_FAILED");
  });

  it("answers __typename either way", async () => {
    const result = await server.signIn(staff).graphql("{ __typename }");

    expect(result.body).toEqual({ data: { __typename: "Query" } });
  });

  it(`${expected.suggestions ? "suggests" : "does not suggest"} a field name`, async () => {
    const result = await server.signIn(staff).graphql(MISSPELLED_FIELD_QUERY);

    const message = result.body.errors?.[0]?.message ?? "";
    expect(message).toContain('Cannot query field "displayNam" on type "Viewer".');
    expect(message.includes('Did you mean "displayName"?')).toBe(expected.suggestions);
  });

  it(`${expected.suggestions ? "suggests" : "does not suggest"} an enum value in variables`, async () => {
    const result = await server.signIn(staff).graphql(MISSPELLED_ENUM_QUERY, { status: ["MATCHD"] });

    const message = result.body.errors?.[0]?.message ?? "";
    expect(message).toContain('Value "MATCHD" does not exist in "MentorshipStatus" enum.');
    expect(message.includes("Did you mean")).toBe(expected.suggestions);
  });
});
