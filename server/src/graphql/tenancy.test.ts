import type { PriorityFlag } from "../flag/priority-flag.entity";
import { newId } from "../common/ids";
import { createGeneratedPair, createProgramSetup, type GeneratedPair, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

describe("tenancy", () => {
  let server: TestServer;
  let partnerA: ProgramSetup;
  let partnerB: ProgramSetup;
  let pairA: GeneratedPair;
  let pairB: GeneratedPair;
  let crossReferencingFlag: PriorityFlag;
  let viewerB: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    partnerA = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner A" }), "A Mentoring");
    partnerB = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner B" }), "B Mentoring");
    pairA = await createGeneratedPair(partnerA, { postSessionResponses: 3, conversations: 4, flags: 2 });
    await createGeneratedPair(partnerA, { postSessionResponses: 1, conversations: 1, flags: 1 });
    pairB = await createGeneratedPair(partnerB, { postSessionResponses: 1, conversations: 1, flags: 1 });
    // Broken data that points from B's flag into A's rows must still not show A's rows to B.
    crossReferencingFlag = await server.factory.flag(pairB.mentorship, partnerB.categories.wellbeing, {
      mentorshipId: pairA.mentorship.id,
      reportedById: pairA.mentor.id,
      assigneeId: partnerA.staff.id,
    });
    viewerB = server.signIn(partnerB.staff);
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["mentorship", "Mentorship", () => pairA.mentorship.id],
    ["participant", "Participant", () => pairA.mentee.id],
    ["priorityFlag", "PriorityFlag", () => pairA.flags[0].id],
  ])("answers %s of another partner exactly as a missing id", async (field, typeName, foreignId) => {
    const missingId = newId(field as "mentorship" | "participant" | "priorityFlag");

    const foreign = await viewerB.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id: foreignId() });
    const missing = await viewerB.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id: missingId });

    const normalize = (text: string, id: string) => text.replace(id, "<id>");
    expect(foreign.body.errors?.[0].extensions).toEqual({ code: "NOT_FOUND", typeName, id: foreignId() });
    expect(normalize(foreign.body.errors?.[0].message ?? "", foreignId())).toBe(normalize(missing.body.errors?.[0].message ?? "", missingId));
    expect(foreign.status).toBe(missing.status);
  });

  it("counts only the viewer's mentorships", async () => {
    const result = await viewerB.graphql<{ mentorships: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      "query { mentorships(first: 100) { totalCount edges { node { id } } } }",
    );

    expect(result.body.data?.mentorships.totalCount).toBe(1);
    expect(result.body.data?.mentorships.edges.map((edge) => edge.node.id)).toEqual([pairB.mentorship.id]);
  });

  it("counts only the viewer's participants", async () => {
    const result = await viewerB.graphql<{ participants: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      "query { participants(first: 100) { totalCount edges { node { id } } } }",
    );

    expect(result.body.data?.participants.totalCount).toBe(2);
    expect(result.body.data?.participants.edges.map((edge) => edge.node.id).sort()).toEqual([pairB.mentor.id, pairB.mentee.id].sort());
  });

  it("counts only the viewer's flags", async () => {
    const result = await viewerB.graphql<{ priorityFlags: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      "query { priorityFlags(first: 100) { totalCount edges { node { id } } } }",
    );

    expect(result.body.data?.priorityFlags.totalCount).toBe(2);
    expect(result.body.data?.priorityFlags.edges.map((edge) => edge.node.id).sort()).toEqual([pairB.flags[0].id, crossReferencingFlag.id].sort());
  });

  it("lists only the viewer's programs", async () => {
    const result = await viewerB.graphql<{ programs: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      "query { programs { totalCount edges { node { id } } } }",
    );

    expect(result.body.data?.programs.edges).toEqual([{ node: { id: partnerB.program.id } }]);
    expect(result.body.data?.programs.totalCount).toBe(1);
  });

  it("finds nothing when filtering by another partner's program", async () => {
    const result = await viewerB.graphql<{ mentorships: { totalCount: number } }>(
      "query ($programId: ID!) { mentorships(filter: { programIds: [$programId] }) { totalCount } }",
      { programId: partnerA.program.id },
    );

    expect(result.body.data?.mentorships.totalCount).toBe(0);
  });

  it("finds nothing when searching another partner's names", async () => {
    const result = await viewerB.graphql<{ participants: { totalCount: number } }>(
      "query ($search: String!) { participants(filter: { search: $search }) { totalCount } }",
      { search: pairA.mentee.lastName },
    );

    expect(result.body.data?.participants.totalCount).toBe(0);
  });

  it("never follows a reference into another partner's rows", async () => {
    const result = await viewerB.graphql<{ priorityFlag: { mentorship: unknown; reportedBy: unknown; assignee: unknown } }>(
      "query ($id: ID!) { priorityFlag(id: $id) { mentorship { id } reportedBy { id } assignee { id } } }",
      { id: crossReferencingFlag.id },
    );

    expect(result.body.data?.priorityFlag).toEqual({ mentorship: null, reportedBy: null, assignee: null });
  });

  it("shows the viewer's own pair in full", async () => {
    const result = await viewerB.graphql<{ mentorship: { conversationCount: number; surveyResponses: unknown[]; priorityFlags: unknown[] } }>(
      "query ($id: ID!) { mentorship(id: $id) { conversationCount surveyResponses { id } priorityFlags { id } } }",
      { id: pairB.mentorship.id },
    );

    expect(result.body.data?.mentorship).toMatchObject({ conversationCount: 1 });
    expect(result.body.data?.mentorship.surveyResponses).toHaveLength(5);
    expect(result.body.data?.mentorship.priorityFlags).toHaveLength(1);
  });

  it("lets the other partner see its own rows", async () => {
    const viewerA = server.signIn(partnerA.staff);

    const result = await viewerA.graphql<{ mentorships: { totalCount: number } }>("query { mentorships { totalCount } }");

    expect(result.body.data?.mentorships.totalCount).toBe(2);
  });
});
