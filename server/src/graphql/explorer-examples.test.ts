import { join } from "node:path";
import { StaffUser } from "../auth/staff-user.entity";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

/** The shape of the explorer's examples that this test reads. */
interface ExampleOperation {
  operationName: string;
  query: string;
  variables(defaults: { programId: string; mentorshipId: string }): Record<string, unknown>;
}

// The examples live with the explorer in the client. The server's TypeScript project ends at
// `server/src`, so the module is loaded at run time (Jest compiles it) instead of imported.
const { EXAMPLE_OPERATIONS } = require(join(__dirname, "../../../client/src/features/explorer/example-operations")) as {
  EXAMPLE_OPERATIONS: ExampleOperation[];
};

const { northfield, hardCasePair } = DEMO_FIXTURES;

/** Every example operation of the GraphQL explorer, run on the demo data as an analyst. */
describe("explorer example operations", () => {
  let server: TestServer;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDatabase(server.dataSource, { scale: 0.05 });
    analyst = server.signIn(await server.dataSource.getRepository(StaffUser).findOneByOrFail({ id: northfield.analystId }));
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  it("lists the four documented examples", () => {
    expect(EXAMPLE_OPERATIONS.map((example) => example.operationName)).toEqual([
      "PairsWithoutRecentConversation",
      "OpenUrgentFlagsByCategory",
      "AssessmentScoresByWave",
      "EverythingAboutOnePair",
    ]);
  });

  it.each(EXAMPLE_OPERATIONS.map((example) => [example.operationName, example] as const))(
    "%s returns data without errors",
    async (_name, example) => {
      const variables = example.variables({ programId: hardCasePair.programId, mentorshipId: hardCasePair.mentorshipId });

      const result = await analyst.graphql<Record<string, unknown>>(example.query, variables);

      expect(result.body.errors).toBeUndefined();
      expect(result.status).toBe(200);
      expect(firstRootValue(result.body.data)).toEqual(expect.anything());
      expect(rowCount(firstRootValue(result.body.data))).toBeGreaterThan(0);
    },
  );
});

function firstRootValue(data: Record<string, unknown> | null | undefined): unknown {
  return data ? Object.values(data)[0] : undefined;
}

/** Counts the rows of a connection (`edges`), or 1 for a single object. */
function rowCount(value: unknown): number {
  if (value && typeof value === "object" && "edges" in value && Array.isArray(value.edges)) {
    return value.edges.length;
  }

  return value ? 1 : 0;
}
