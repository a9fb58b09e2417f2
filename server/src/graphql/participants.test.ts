import type { Mentorship } from "../mentorship/mentorship.entity";
import { LifeExperience } from "../participant/life-experience.enum";
import type { Participant } from "../participant/participant.entity";
import type { Program } from "../partner/program.entity";
import { MentorshipStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const PARTICIPANTS_QUERY = /* GraphQL */ `
  query Participants($first: Int, $after: String, $filter: ParticipantFilter, $sort: ParticipantSort) {
    participants(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`;

interface ParticipantsData {
  participants: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; displayName: string } }> };
}

describe("participants", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let setup: ProgramSetup;
  let otherProgram: Program;
  let mentor: Participant;
  let mentees: Participant[];
  let mentorships: Mentorship[];

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    const { factory, program, attributes } = setup;
    client = server.signIn(setup.staff);
    otherProgram = await factory.program(setup.partner, { name: "Alumni Mentoring" });

    mentor = await factory.mentor(program, { firstName: "Robert", preferredName: "Bob", lastName: "Ødegaard", pronouns: "he/him", email: "bob@example.edu" });
    mentees = [
      await factory.mentee(program, { firstName: "Ana", lastName: "Zapata" }),
      await factory.mentee(program, { firstName: "Émilie", lastName: "Baker" }),
      await factory.mentee(otherProgram, { firstName: "Chen", lastName: "Li" }),
    ];
    mentorships = [
      await factory.mentorship(program, mentor, mentees[0], { matchedOn: "2023-09-01", status: MentorshipStatus.UNMATCHED }),
      await factory.mentorship(program, mentor, mentees[1], { matchedOn: "2024-09-01" }),
      await factory.mentorship(otherProgram, mentor, mentees[2], { matchedOn: "2024-01-15" }),
    ];

    await factory.goals(mentees[0], ["Academic success"]);
    await factory.lifeExperiences(mentor, [LifeExperience.CAREER_CHANGER, LifeExperience.VETERAN]);
    await factory.customAttributeValue(mentor, attributes.scholarship, "None");
    await factory.customAttributeValue(mentor, attributes.college, "Business");
  });

  afterAll(async () => {
    await server.close();
  });

  async function listParticipants(variables: Record<string, unknown>): Promise<ParticipantsData["participants"]> {
    const result = await client.graphql<ParticipantsData>(PARTICIPANTS_QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.participants;
  }

  it("returns a participant's profile", async () => {
    const result = await client.graphql<{ participant: Record<string, unknown> }>(
      `query ($id: ID!) {
        participant(id: $id) {
          id role displayName initials pronouns email program { id } lifeExperiences lifeExperienceLabels goals
          customAttributes { key label value valueType source }
        }
      }`,
      { id: mentor.id },
    );

    expect(result.body.data?.participant).toEqual({
      id: mentor.id,
      role: "MENTOR",
      displayName: "Bob Ødegaard",
      initials: "BØ",
      pronouns: "he/him",
      email: "bob@example.edu",
      program: { id: setup.program.id },
      lifeExperiences: ["VETERAN", "CAREER_CHANGER"],
      lifeExperienceLabels: ["Veteran", "Career changer"],
      goals: [],
      customAttributes: [
        { key: "college", label: "College", value: "Business", valueType: "TEXT", source: "INSTITUTION" },
        { key: "scholarship", label: "Scholarship", value: "None", valueType: "TEXT", source: "INSTITUTION" },
      ],
    });
  });

  it("sorts participants by last name ignoring accents", async () => {
    const page = await listParticipants({});

    expect(page.edges.map((edge) => edge.node.displayName)).toEqual(["Émilie Baker", "Chen Li", "Bob Ødegaard", "Ana Zapata"]);
  });

  it("sorts participants by name in reverse", async () => {
    const page = await listParticipants({ sort: { field: "NAME", direction: "DESC" } });

    expect(page.edges.map((edge) => edge.node.displayName)).toEqual(["Ana Zapata", "Bob Ødegaard", "Chen Li", "Émilie Baker"]);
  });

  it("filters participants by role", async () => {
    const page = await listParticipants({ filter: { roles: ["MENTOR"] } });

    expect(page.edges.map((edge) => edge.node.id)).toEqual([mentor.id]);
  });

  it("filters participants by program", async () => {
    const page = await listParticipants({ filter: { programIds: [otherProgram.id] } });

    expect(page.edges.map((edge) => edge.node.id)).toEqual([mentees[2].id]);
  });

  it("searches participants by preferred name", async () => {
    const page = await listParticipants({ filter: { search: "bob odegaard" } });

    expect(page.edges.map((edge) => edge.node.id)).toEqual([mentor.id]);
  });

  it("searches with decomposed accents", async () => {
    const page = await listParticipants({ filter: { search: "E\u0301milie" } });

    expect(page.edges.map((edge) => edge.node.id)).toEqual([mentees[1].id]);
  });

  it("pages participants and counts them", async () => {
    const first = await listParticipants({ first: 3 });
    const second = await listParticipants({ first: 3, after: first.pageInfo.endCursor });

    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((edge) => edge.node.displayName)).toEqual(["Ana Zapata"]);
  });

  it("lists a participant's mentorships newest first", async () => {
    const result = await client.graphql<{ participant: { mentorships: Array<{ id: string }> } }>(
      `query ($id: ID!) { participant(id: $id) { mentorships { id } } }`,
      { id: mentor.id },
    );

    expect(result.body.data?.participant.mentorships.map((pair) => pair.id)).toEqual([mentorships[1].id, mentorships[2].id, mentorships[0].id]);
  });

  it("filters and limits a participant's mentorships", async () => {
    const result = await client.graphql<{ participant: { mentorships: Array<{ id: string }> } }>(
      `query ($id: ID!) { participant(id: $id) { mentorships(first: 1, filter: { statuses: [MATCHED] }, sort: { field: MATCHED_ON, direction: ASC }) { id } } }`,
      { id: mentor.id },
    );

    expect(result.body.data?.participant.mentorships.map((pair) => pair.id)).toEqual([mentorships[2].id]);
  });

  it("loads each listed participant's own mentorships", async () => {
    const result = await client.graphql<{ participants: { edges: Array<{ node: { id: string; mentorships: Array<{ id: string }> } }> } }>(
      `query { participants { edges { node { id mentorships(first: 2) { id } } } } }`,
    );

    const byParticipant = Object.fromEntries(result.body.data!.participants.edges.map(({ node }) => [node.id, node.mentorships.map((pair) => pair.id)]));
    expect(byParticipant).toEqual({
      [mentor.id]: [mentorships[1].id, mentorships[2].id],
      [mentees[0].id]: [mentorships[0].id],
      [mentees[1].id]: [mentorships[1].id],
      [mentees[2].id]: [mentorships[2].id],
    });
  });

  it("lists programs by name", async () => {
    const result = await client.graphql<{ programs: { edges: Array<{ node: { name: string } }> } }>(`query { programs { edges { node { name } } } }`);

    expect(result.body.data?.programs.edges.map((edge) => edge.node.name)).toEqual(["Alumni Mentoring", "First-Year Mentoring"]);
  });

  it("returns the viewer and partner", async () => {
    const result = await client.graphql<{ viewer: { displayName: string; role: string; partner: { id: string } } }>(`query { viewer { displayName role partner { id } } }`);

    expect(result.body.data?.viewer).toEqual({ displayName: "Avery Staff", role: "ADMIN", partner: { id: setup.partner.id } });
  });
});
