import { StaffUser } from "../auth/staff-user.entity";
import { LIFE_EXPERIENCE_LABELS } from "../participant/life-experience.enum";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { MENTORSHIP_DETAILS_QUERY, detailsVariables } from "../test-support/details-query";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

interface DetailsData {
  mentorship: {
    conversationCount: number;
    lastConversationAt: string | null;
    priorityFlagCount: number;
    menteeGoals: string[];
    commonGround: Array<{ kind: string; label: string; value: string | null }>;
    surveyResponses: Array<{ id: string }>;
    priorityFlags: Array<{ id: string }>;
  };
}

const { northfield, otherPartner, hardCasePair, largePair } = DEMO_FIXTURES;

/** The API against the demo data's planted cases, whose expected numbers the seed publishes. */
describe("API on the demo data", () => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDatabase(server.dataSource, { scale: 0.05 });
    admin = server.signIn(await server.dataSource.getRepository(StaffUser).findOneByOrFail({ id: northfield.adminId }));
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  async function details(mentorshipId: string, overrides: Record<string, unknown> = {}) {
    const result = await admin.graphql<DetailsData>(MENTORSHIP_DETAILS_QUERY, detailsVariables(mentorshipId, overrides));
    expect(result.body.errors).toBeUndefined();

    return { mentorship: result.body.data!.mentorship, sqlStatements: result.sqlStatements };
  }

  it("shows the hard-case pair's published totals", async () => {
    const { mentorship } = await details(hardCasePair.mentorshipId);

    expect(mentorship).toMatchObject({
      conversationCount: hardCasePair.conversationCount,
      lastConversationAt: hardCasePair.lastConversationAt,
      priorityFlagCount: hardCasePair.flagCount,
      menteeGoals: hardCasePair.menteeGoals,
    });
  });

  it("lists the hard-case pair's highlighted responses only", async () => {
    const { mentorship } = await details(hardCasePair.mentorshipId);

    expect(mentorship.surveyResponses).toHaveLength(hardCasePair.highlightedResponseCount);
    expect(mentorship.surveyResponses.map((response) => response.id)).not.toContain(hardCasePair.silentPostSessionResponseId);
  });

  it("lists every response of the hard-case pair without the rule", async () => {
    const { mentorship } = await details(hardCasePair.mentorshipId, { responseFilter: { highlightsOnly: false } });

    expect(mentorship.surveyResponses).toHaveLength(hardCasePair.responseCount);
  });

  it("shows what the hard-case pair has in common", async () => {
    const { mentorship } = await details(hardCasePair.mentorshipId);

    const { inCommon } = hardCasePair;
    expect(mentorship.commonGround.filter((item) => item.kind === "LIFE_EXPERIENCE").map((item) => item.label)).toEqual(
      inCommon.lifeExperiences.map((experience) => LIFE_EXPERIENCE_LABELS[experience]),
    );
    expect(mentorship.commonGround.filter((item) => item.kind === "CHARACTERISTIC").map((item) => item.value)).toEqual(inCommon.matchingChoices);
    expect(mentorship.commonGround.filter((item) => item.kind === "CUSTOM_ATTRIBUTE").map((item) => item.value)).toEqual(
      inCommon.customAttributes.map((attribute) => attribute.value),
    );
  });

  it("shows the large pair's published totals", async () => {
    const { mentorship } = await details(largePair.mentorshipId);

    expect(mentorship.conversationCount).toBe(largePair.conversationCount);
    expect(mentorship.priorityFlags).toHaveLength(largePair.flagCount);
    expect(mentorship.surveyResponses).toHaveLength(largePair.highlightedResponseCount);
  });

  it("keeps statement count for the large pair", async () => {
    const hardCase = await details(hardCasePair.mentorshipId);
    const large = await details(largePair.mentorshipId);

    expect(large.sqlStatements).toBe(hardCase.sqlStatements);
  });

  it("answers NOT_FOUND for the other partner's ids", async () => {
    const ids = { mentorship: otherPartner.mentorshipId, participant: otherPartner.menteeId, priorityFlag: otherPartner.flagId };

    for (const [field, id] of Object.entries(ids)) {
      const result = await admin.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect([field, result.body.errors?.[0].extensions?.code]).toEqual([field, "NOT_FOUND"]);
    }
  });

  it("keeps name search within the viewer's partner", async () => {
    const result = await admin.graphql<{ participants: { edges: Array<{ node: { id: string } }> } }>(
      "query ($search: String!) { participants(first: 100, filter: { search: $search }) { edges { node { id } } } }",
      { search: otherPartner.menteeLastName },
    );

    const ids = result.body.data!.participants.edges.map((edge) => edge.node.id);
    expect(ids).toContain(hardCasePair.menteeId);
    expect(ids).not.toContain(otherPartner.menteeId);
  });
});
