import { FlagStatus } from "../flag/flag-enums";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { MentorshipStatus } from "../mentorship/mentorship-enums";
import { Mentorship } from "../mentorship/mentorship.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { createGeneratedPair, createProgramSetup, type GeneratedPair, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";
import { recordDeletions } from "./deletion-log";
import { instantAfterEarlierWrites } from "./sync-test-support";

interface IdPage {
  totalCount: number;
  edges: Array<{ node: { id: string; updatedAt: string } }>;
}

interface TombstonePage {
  totalCount: number;
  edges: Array<{ node: { id: string; recordType: string; recordId: string; deletedAt: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const TOMBSTONES_QUERY = /* GraphQL */ `
  query ($since: DateTimeISO!, $types: [DeletedRecordType!], $first: Int, $after: String) {
    deletedRecords(since: $since, types: $types, first: $first, after: $after) {
      totalCount
      edges { node { id recordType recordId deletedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe("incremental sync", () => {
  let server: TestServer;
  let partnerA: ProgramSetup;
  let partnerB: ProgramSetup;
  let viewerA: GraphQLClient;
  let viewerB: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    partnerA = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner A" }));
    partnerB = await createProgramSetup(server.factory, await server.factory.partner({ name: "Partner B" }));
    await createGeneratedPair(partnerA, { postSessionResponses: 1, conversations: 1, flags: 1 });
    await createGeneratedPair(partnerB, { postSessionResponses: 1, conversations: 1, flags: 1 });
    viewerA = server.signIn(partnerA.staff);
    viewerB = server.signIn(partnerB.staff);
  });

  afterAll(async () => {
    await server.close();
  });

  async function changedSince(client: GraphQLClient, field: string, since: Date): Promise<IdPage> {
    const result = await client.graphql<Record<string, IdPage>>(
      `query ($since: DateTimeISO!) { ${field}(first: 100, filter: { updatedSince: $since }, sort: { field: UPDATED_AT, direction: ASC }) { totalCount edges { node { id updatedAt } } } }`,
      { since: since.toISOString() },
    );
    expect(result.body.errors).toBeUndefined();

    return result.body.data![field];
  }

  async function tombstonesSince(client: GraphQLClient, since: Date, types?: string[]): Promise<TombstonePage> {
    const result = await client.graphql<{ deletedRecords: TombstonePage }>(TOMBSTONES_QUERY, { since: since.toISOString(), types });
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.deletedRecords;
  }

  it("lists nothing changed since now", async () => {
    const since = instantAfterEarlierWrites();

    for (const field of ["mentorships", "participants", "priorityFlags", "surveyResponses", "programs"]) {
      const page = await changedSince(viewerA, field, since);

      expect(page.totalCount).toBe(0);
    }
  });

  it("bumps updatedAt on save and lists the row as changed", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 1 });
    const since = instantAfterEarlierWrites();
    const flags = server.dataSource.getRepository(PriorityFlag);
    const flag = await flags.findOneByOrFail({ id: pair.flags[0].id });

    flag.status = FlagStatus.IN_PROGRESS;
    await flags.save(flag);
    const changed = await changedSince(viewerA, "priorityFlags", since);

    expect(changed.edges.map((edge) => edge.node.id)).toEqual([flag.id]);
    expect(new Date(changed.edges[0].node.updatedAt).getTime()).toBeGreaterThanOrEqual(since.getTime());
  });

  it.each([
    ["participants", (pair: GeneratedPair) => pair.mentee.id, (id: string) => server.dataSource.createQueryBuilder().update(Participant).set({ lastName: "Changed" }).where("id = :id", { id })],
    ["mentorships", (pair: GeneratedPair) => pair.mentorship.id, (id: string) => server.dataSource.createQueryBuilder().update(Mentorship).set({ status: MentorshipStatus.UNMATCHED }).where("id = :id", { id })],
  ])("bumps updatedAt of %s on a query builder update", async (field, idOf, updateOf) => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const since = instantAfterEarlierWrites();

    await updateOf(idOf(pair)).execute();
    const changed = await changedSince(viewerA, field, since);

    expect(changed.edges.map((edge) => edge.node.id)).toEqual([idOf(pair)]);
  });

  it("keeps an updatedAt the caller sets", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const chosen = new Date("2020-01-01T00:00:00Z");

    await server.dataSource.getRepository(Participant).update(pair.mentor.id, { lastName: "Backdated", updatedAt: chosen });
    const mentor = await server.dataSource.getRepository(Participant).findOneByOrFail({ id: pair.mentor.id });

    expect(mentor.updatedAt.toISOString()).toBe(chosen.toISOString());
  });

  it("bumps updatedAt of a program and a survey response", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const response = await server.dataSource.getRepository(SurveyResponse).findOneByOrFail({ mentorshipId: pair.mentorship.id });
    const since = instantAfterEarlierWrites();

    await server.dataSource.getRepository(Program).update(partnerA.program.id, { description: "Renamed cohort" });
    await server.dataSource.getRepository(SurveyResponse).update(response.id, { submittedAt: new Date("2024-09-03T12:00:00Z") });

    expect((await changedSince(viewerA, "programs", since)).edges.map((edge) => edge.node.id)).toEqual([partnerA.program.id]);
    expect((await changedSince(viewerA, "surveyResponses", since)).edges.map((edge) => edge.node.id)).toEqual([response.id]);
  });

  it("lists a participant whose goal changed", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const goals = server.dataSource.getRepository(ParticipantGoal);
    const goal = await goals.findOneByOrFail({ participantId: pair.mentee.id, position: 1 });
    const savedSince = instantAfterEarlierWrites();

    goal.goal = "Find an internship";
    await goals.save(goal);
    const afterSave = await changedSince(viewerA, "participants", savedSince);
    const removedSince = instantAfterEarlierWrites();
    await goals.remove(goal);
    const afterRemove = await changedSince(viewerA, "participants", removedSince);

    expect(afterSave.edges.map((edge) => edge.node.id)).toEqual([pair.mentee.id]);
    expect(afterRemove.edges.map((edge) => edge.node.id)).toEqual([pair.mentee.id]);
  });

  it("lists a survey response as changed when one of its answers is saved", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const response = await server.dataSource.getRepository(SurveyResponse).findOneByOrFail({ mentorshipId: pair.mentorship.id });
    const answers = server.dataSource.getRepository(SurveyAnswer);
    const answer = await answers.findOneByOrFail({ responseId: response.id });
    const since = instantAfterEarlierWrites();

    await answers.save({ ...answer, textValue: "Changed", numberValue: null, choiceValues: null, dateValue: null });

    expect((await changedSince(viewerA, "surveyResponses", since)).edges.map((edge) => edge.node.id)).toEqual([response.id]);
  });

  it("leaves a tombstone for a removed flag", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 1 });
    const since = instantAfterEarlierWrites();
    const flags = server.dataSource.getRepository(PriorityFlag);

    await flags.remove(await flags.findOneByOrFail({ id: pair.flags[0].id }));
    const tombstones = await tombstonesSince(viewerA, since);

    expect(tombstones.edges.map((edge) => [edge.node.recordType, edge.node.recordId])).toEqual([["PRIORITY_FLAG", pair.flags[0].id]]);
    expect(new Date(tombstones.edges[0].node.deletedAt).getTime()).toBeGreaterThanOrEqual(since.getTime());
  });

  it("leaves tombstones for the rows a deleted participant takes along", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 1, conversations: 1, flags: 1 });
    const responseIds = (await server.dataSource.getRepository(SurveyResponse).findBy({ respondentId: pair.mentee.id })).map((response) => response.id);
    const since = instantAfterEarlierWrites();
    const participants = server.dataSource.getRepository(Participant);

    await participants.remove(await participants.findOneByOrFail({ id: pair.mentee.id }));
    const tombstones = await tombstonesSince(viewerA, since, ["PARTICIPANT", "MENTORSHIP", "SURVEY_RESPONSE", "PRIORITY_FLAG"]);

    const deleted = tombstones.edges.map((edge) => `${edge.node.recordType} ${edge.node.recordId}`);
    expect(deleted).toEqual(
      expect.arrayContaining([
        `PARTICIPANT ${pair.mentee.id}`,
        `MENTORSHIP ${pair.mentorship.id}`,
        `PRIORITY_FLAG ${pair.flags[0].id}`,
        ...responseIds.map((id) => `SURVEY_RESPONSE ${id}`),
      ]),
    );
    expect(deleted).toHaveLength(3 + responseIds.length);
    expect(deleted).not.toContain(`PARTICIPANT ${pair.mentor.id}`);
  });

  it("touches the responses a deleted mentorship detaches", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 1, conversations: 0, flags: 0 });
    const since = instantAfterEarlierWrites();
    const mentorships = server.dataSource.getRepository(Mentorship);

    await mentorships.remove(await mentorships.findOneByOrFail({ id: pair.mentorship.id }));
    const changed = await changedSince(viewerA, "surveyResponses", since);
    const stillThere = await server.dataSource.getRepository(SurveyResponse).findBy({ respondentId: pair.mentor.id });

    expect(changed.edges.map((edge) => edge.node.id).sort()).toEqual(
      (await server.dataSource.getRepository(SurveyResponse).findBy({ respondentId: pair.mentee.id }))
        .concat(stillThere)
        .map((response) => response.id)
        .sort(),
    );
  });

  it("records deletions that code reports through recordDeletions", async () => {
    const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 0 });
    const since = instantAfterEarlierWrites();

    await server.dataSource.transaction(async (manager) => {
      await recordDeletions(manager, Mentorship, [pair.mentorship.id]);
      await manager.createQueryBuilder().delete().from(Mentorship).where("id = :id", { id: pair.mentorship.id }).execute();
    });
    const tombstones = await tombstonesSince(viewerA, since, ["MENTORSHIP"]);

    expect(tombstones.edges.map((edge) => edge.node.recordId)).toEqual([pair.mentorship.id]);
  });

  it("shows tombstones only to their partner", async () => {
    const pairB = await createGeneratedPair(partnerB, { postSessionResponses: 0, conversations: 0, flags: 1 });
    const since = instantAfterEarlierWrites();
    const flags = server.dataSource.getRepository(PriorityFlag);
    await flags.remove(await flags.findOneByOrFail({ id: pairB.flags[0].id }));

    const seenByA = await tombstonesSince(viewerA, since);
    const seenByB = await tombstonesSince(viewerB, since);
    const tombstoneId = seenByB.edges[0].node.id;
    const nodeForA = await viewerA.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: tombstoneId });
    const nodeForB = await viewerB.graphql<{ node: { recordId: string } }>(`query ($id: ID!) { node(id: $id) { ... on DeletedRecord { recordId } } }`, { id: tombstoneId });

    expect(seenByA.totalCount).toBe(0);
    expect(seenByB.edges.map((edge) => edge.node.recordId)).toEqual([pairB.flags[0].id]);
    expect(nodeForA.body).toEqual({ data: { node: null } });
    expect(nodeForB.body.data?.node).toEqual({ recordId: pairB.flags[0].id });
  });

  it("pages tombstones in deletion order", async () => {
    const since = instantAfterEarlierWrites();
    const removed: string[] = [];
    const flags = server.dataSource.getRepository(PriorityFlag);
    for (let index = 0; index < 5; index += 1) {
      const pair = await createGeneratedPair(partnerA, { postSessionResponses: 0, conversations: 0, flags: 1 });
      await flags.remove(await flags.findOneByOrFail({ id: pair.flags[0].id }));
      removed.push(pair.flags[0].id);
    }

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await viewerA.graphql<{ deletedRecords: TombstonePage }>(TOMBSTONES_QUERY, { since: since.toISOString(), first: 2, after });
      const page: TombstonePage = result.body.data!.deletedRecords;
      seen.push(...page.edges.map((edge) => edge.node.recordId));
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.pageInfo.endCursor;
    }

    expect(seen).toEqual(removed);
  });

  it("requires since", async () => {
    const result = await viewerA.graphql(`query { deletedRecords { totalCount } }`);

    expect(result.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
