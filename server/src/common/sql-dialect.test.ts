import type { Program } from "../partner/program.entity";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

interface MentorshipsData {
  mentorships: { edges: Array<{ node: { mentee: { lastName: string } } }> };
}

describe("name search in every script", () => {
  let server: TestServer;
  let client: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);

    const pairWithMentee = async (program: Program, firstName: string, lastName: string) =>
      setup.factory.mentorship(
        program,
        await setup.factory.mentor(program, { firstName: "Robin", lastName: "Mentor" }),
        await setup.factory.mentee(program, { firstName, lastName, preferredName: null }),
      );
    await pairWithMentee(setup.program, "Дмитрий", "Иванов");
    await pairWithMentee(setup.program, "明", "李");
    await pairWithMentee(setup.program, "Zoë", "Ng");
    await pairWithMentee(setup.program, "Νίκος", "ΠΑΠΑΔΟΠΟΥΛΟΣ");
    await pairWithMentee(setup.program, "Ada", "Lovelace");
  });

  afterAll(async () => {
    await server.close();
  });

  async function menteesFound(search: string): Promise<string[]> {
    const result = await client.graphql<MentorshipsData>(
      "query ($search: String) { mentorships(filter: { search: $search }) { edges { node { mentee { lastName } } } } }",
      { search },
    );

    return (result.body.data?.mentorships.edges ?? []).map((edge) => edge.node.mentee.lastName);
  }

  it.each([
    ["Иванов", ["Иванов"]],
    ["иванов", ["Иванов"]],
    ["ИВАНОВ", ["Иванов"]],
    ["дмитрий иванов", ["Иванов"]],
    ["李", ["李"]],
    ["zoë", ["Ng"]],
    ["ZOE", ["Ng"]],
    ["παπαδο", ["ΠΑΠΑΔΟΠΟΥΛΟΣ"]],
    ["Петров", []],
  ])("finds %p", async (search, expected) => {
    const found = await menteesFound(search);

    expect(found).toEqual(expected);
  });

  it("folds Cyrillic capitals with lower() in SQL", async () => {
    const [row] = (await server.dataSource.query("SELECT lower('ИВАНОВ') AS folded")) as Array<{ folded: string }>;

    expect(row.folded).toBe("иванов");
  });
});
