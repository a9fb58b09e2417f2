import type { Conversation } from "../conversation/conversation.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { ConversationMedium, ConversationSource } from "../test-support/factories";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const CONVERSATIONS_QUERY = /* GraphQL */ `
  query Conversations($id: ID!, $first: Int, $filter: ConversationFilter, $sort: ConversationSort) {
    mentorship(id: $id) {
      conversations(first: $first, filter: $filter, sort: $sort) {
        id
      }
    }
  }
`;

describe("Mentorship.conversations", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let mentorship: Mentorship;
  let rows: Conversation[];

  beforeAll(async () => {
    server = await startTestServer();
    const { factory, program, staff } = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(staff);
    mentorship = await factory.mentorship(program, await factory.mentor(program), await factory.mentee(program));
    const otherPair = await factory.mentorship(program, await factory.mentor(program), await factory.mentee(program));

    rows = [
      await factory.conversation(mentorship, { occurredAt: new Date("2024-10-01T15:00:00Z"), source: ConversationSource.POST_SESSION_SURVEY, medium: ConversationMedium.VIDEO }),
      await factory.conversation(mentorship, { occurredAt: new Date("2024-10-08T15:00:00Z"), source: ConversationSource.CHECK_IN, medium: ConversationMedium.PHONE }),
      await factory.conversation(mentorship, { occurredAt: new Date("2024-10-15T15:00:00Z"), source: ConversationSource.BACKFILL, medium: ConversationMedium.TEXT_OR_EMAIL, loggedByRole: null }),
      await factory.conversation(mentorship, { occurredAt: new Date("2024-10-22T15:00:00Z"), source: ConversationSource.CHECK_IN, medium: ConversationMedium.IN_PERSON }),
    ];
    await factory.conversation(otherPair, { occurredAt: new Date("2024-10-09T15:00:00Z") });
  });

  afterAll(async () => {
    await server.close();
  });

  async function conversationIndexes(variables: Record<string, unknown>): Promise<number[]> {
    const result = await client.graphql<{ mentorship: { conversations: Array<{ id: string }> } }>(CONVERSATIONS_QUERY, { id: mentorship.id, ...variables });
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.mentorship.conversations.map((conversation) => rows.findIndex((row) => row.id === conversation.id));
  }

  it("lists the pair's conversations latest first", async () => {
    const order = await conversationIndexes({});

    expect(order).toEqual([3, 2, 1, 0]);
  });

  it("sorts earliest first on request", async () => {
    const order = await conversationIndexes({ sort: { field: "OCCURRED_AT", direction: "ASC" } });

    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("filters by source", async () => {
    const order = await conversationIndexes({ filter: { sources: ["CHECK_IN"] } });

    expect(order).toEqual([3, 1]);
  });

  it("filters by medium", async () => {
    const order = await conversationIndexes({ filter: { media: ["VIDEO", "IN_PERSON"] } });

    expect(order).toEqual([3, 0]);
  });

  it("filters by an inclusive time range", async () => {
    const order = await conversationIndexes({ filter: { occurredFrom: "2024-10-08T15:00:00Z", occurredTo: "2024-10-15T15:00:00Z" } });

    expect(order).toEqual([2, 1]);
  });

  it("returns at most first conversations", async () => {
    const order = await conversationIndexes({ first: 1, sort: { field: "OCCURRED_AT", direction: "ASC" } });

    expect(order).toEqual([0]);
  });
});
