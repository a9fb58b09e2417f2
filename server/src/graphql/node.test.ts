import { StaffRole } from "../auth/staff-role.enum";
import { newId } from "../common/ids";
import { Mentorship } from "../mentorship/mentorship.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { createGeneratedPair, createProgramSetup, type GeneratedPair, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const NODE_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`;

interface NodeData {
  node: { __typename: string; id: string } | null;
}

describe("node and nodes", () => {
  let server: TestServer;
  let partnerA: ProgramSetup;
  let partnerB: ProgramSetup;
  let pairA: GeneratedPair;
  let pairB: GeneratedPair;
  let viewerA: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    partnerA = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner A" }));
    partnerB = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner B" }));
    pairA = await createGeneratedPair(partnerA, { postSessionResponses: 1, conversations: 1, flags: 1 });
    pairB = await createGeneratedPair(partnerB, { postSessionResponses: 1, conversations: 1, flags: 1 });
    viewerA = server.signIn(partnerA.staff);
  });

  afterAll(async () => {
    await server.close();
  });

  async function idsOf(setup: ProgramSetup, pair: GeneratedPair): Promise<Array<[string, string]>> {
    const response = await server.dataSource.getRepository(SurveyResponse).findOneByOrFail({ mentorshipId: pair.mentorship.id });
    const conversation = await server.dataSource.getRepository("conversation").findOneByOrFail({ mentorshipId: pair.mentorship.id });
    const answer = await server.dataSource.getRepository("survey_answer").findOneByOrFail({ responseId: response.id });

    return [
      ["Partner", setup.partner.id],
      ["Program", setup.program.id],
      ["StaffUser", setup.staff.id],
      ["Participant", pair.mentee.id],
      ["Mentorship", pair.mentorship.id],
      ["Conversation", String(conversation.id)],
      ["Survey", setup.matching.survey.id],
      ["SurveyQuestion", setup.matching.interests.id],
      ["SurveyResponse", response.id],
      ["SurveyAnswer", String(answer.id)],
      ["FlagCategory", setup.categories.wellbeing.id],
      ["PriorityFlag", pair.flags[0].id],
    ];
  }

  it("reads every kind of object by id", async () => {
    const ids = await idsOf(partnerA, pairA);

    for (const [typeName, id] of ids) {
      const result = await viewerA.graphql<NodeData>(NODE_QUERY, { id });

      expect(result.body.errors).toBeUndefined();
      expect(result.body.data?.node).toEqual({ __typename: typeName, id });
    }
  });

  it("returns null for foreign and missing ids", async () => {
    const ids = await idsOf(partnerB, pairB);

    for (const [, id] of ids) {
      const foreign = await viewerA.graphql<NodeData>(NODE_QUERY, { id });
      const missing = await viewerA.graphql<NodeData>(NODE_QUERY, { id: `${id.slice(0, 4)}${"0".repeat(32)}` });

      expect(foreign.body).toEqual({ data: { node: null } });
      expect(missing.body).toEqual({ data: { node: null } });
    }
  });

  it.each([["not-an-id"], ["mtr_123"], ["zzz_0123456789abcdef0123456789abcdef"], ["cad_0123456789abcdef0123456789abcdef"], ["MTR_0123456789ABCDEF0123456789ABCDEF"]])(
    "rejects the malformed id %s",
    async (id) => {
      const result = await viewerA.graphql<NodeData>(NODE_QUERY, { id });

      expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0].extensions?.argumentName).toBe("id");
    },
  );

  it("reads fields of the concrete type through a fragment", async () => {
    const result = await viewerA.graphql<{ node: { status: string; mentee: { id: string } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Mentorship { status mentee { id } } } }`,
      { id: pairA.mentorship.id },
    );

    expect(result.body.data?.node).toEqual({ status: "MATCHED", mentee: { id: pairA.mentee.id } });
  });

  it("returns nodes in the order given, with null for foreign and missing ids", async () => {
    const missing = newId("priorityFlag");

    const result = await viewerA.graphql<{ nodes: Array<{ id: string } | null> }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [pairA.mentee.id, pairB.mentee.id, missing, pairA.mentorship.id],
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.nodes).toEqual([{ id: pairA.mentee.id }, null, null, { id: pairA.mentorship.id }]);
  });

  it("rejects more than 100 ids", async () => {
    const ids = Array.from({ length: 101 }, () => newId("participant"));

    const result = await viewerA.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });

    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.argumentName).toBe("ids");
  });

  it("rejects nodes with one malformed id", async () => {
    const result = await viewerA.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [pairA.mentee.id, "nope"] });

    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.argumentName).toBe("ids");
  });

  it("withholds Participant.email from an analyst through node", async () => {
    const analyst = server.signIn(await server.factory.staffUser(partnerA.partner, { role: StaffRole.ANALYST }));

    const result = await analyst.graphql<{ node: { id: string; email: string | null } }>(
      `query ($id: ID!) { node(id: $id) { id ... on Participant { email } } }`,
      { id: pairA.mentee.id },
    );

    expect(result.body.data?.node).toEqual({ id: pairA.mentee.id, email: null });
    expect(result.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(result.body.errors?.[0].extensions?.field).toBe("Participant.email");
    expect(JSON.stringify(result.body)).not.toContain(pairA.mentee.email);
  });

  it("shows Participant.email to an admin through nodes", async () => {
    const result = await viewerA.graphql<{ nodes: Array<{ email: string | null }> }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Participant { email } } }`,
      { ids: [pairA.mentee.id] },
    );

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.nodes).toEqual([{ email: pairA.mentee.email }]);
  });

  it("returns null for a deleted mentorship", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    await server.dataSource.getRepository(Mentorship).remove(await server.dataSource.getRepository(Mentorship).findOneByOrFail({ id: pair.mentorship.id }));

    const result = await viewerA.graphql<NodeData>(NODE_QUERY, { id: pair.mentorship.id });

    expect(result.body).toEqual({ data: { node: null } });
  });
});
