import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Participant } from "../participant/participant.entity";
import type { SurveyResponse } from "../survey/survey-response.entity";
import { FlagStatus, MentorshipStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const PROFILE_QUERY = /* GraphQL */ `
  query Profile($id: ID!, $responseFilter: SurveyResponseFilter, $responseSort: SurveyResponseSort, $mentorshipFilter: MentorshipFilter, $flagFilter: PriorityFlagFilter) {
    participant(id: $id) {
      id
      role
      displayName
      firstName
      lastName
      preferredName
      pronouns
      initials
      pictureUrl
      email
      phone
      gender
      raceEthnicity
      firstGeneration
      graduationYear
      fieldOfStudyOrWork
      program {
        name
      }
      lifeExperiences
      lifeExperienceLabels
      goals
      customAttributes {
        key
        label
        value
        identifying
      }
      mentorships(filter: $mentorshipFilter) {
        id
        status
      }
      surveyResponses(filter: $responseFilter, sort: $responseSort) {
        id
        surveyType
        respondentRole
        mentorship {
          id
        }
        highlights {
          kind
          value
        }
      }
      priorityFlags(filter: $flagFilter) {
        id
        status
      }
    }
  }
`;

interface ProfileData {
  participant: {
    id: string;
    customAttributes: Array<{ key: string; label: string; value: string; identifying: boolean }>;
    mentorships: Array<{ id: string; status: string }>;
    surveyResponses: Array<{ id: string; surveyType: string; respondentRole: string; mentorship: { id: string } | null; highlights: Array<{ kind: string; value: string }> }>;
    priorityFlags: Array<{ id: string; status: string }>;
    [field: string]: unknown;
  };
}

describe("participant profile", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let client: GraphQLClient;
  let mentee: Participant;
  let current: Mentorship;
  let past: Mentorship;
  let responses: Record<"matching" | "pastPostSession" | "currentPostSession" | "assessment" | "mentorsOwn", SurveyResponse>;

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    const { factory, program } = setup;
    mentee = await factory.mentee(program, {
      firstName: "Maya",
      lastName: "Chen",
      pronouns: "she/her",
      gender: "Woman",
      raceEthnicity: "Asian",
      firstGeneration: true,
      graduationYear: 2027,
      fieldOfStudyOrWork: "Biology",
      phone: "+15555550100",
    });
    const pastMentor = await factory.mentor(program);
    const currentMentor = await factory.mentor(program);
    past = await factory.mentorship(program, pastMentor, mentee, { status: MentorshipStatus.UNMATCHED, matchedOn: "2024-01-10", unmatchedOn: "2024-05-01" });
    current = await factory.mentorship(program, currentMentor, mentee, { matchedOn: "2024-09-01" });
    await factory.goals(mentee, ["Explore careers", "Build a network"]);
    const studentNumber = await factory.customAttributeDefinition(program, { key: "student_number", label: "Student number", identifying: true, position: 0 });
    await factory.customAttributeValue(mentee, studentNumber, "S-1001");
    await factory.customAttributeValue(mentee, setup.attributes.college, "Science");

    responses = {
      matching: await factory.response(setup.matching.survey, mentee, {
        mentorship: null,
        submittedAt: new Date("2024-01-02T10:00:00Z"),
        answers: [[setup.matching.interests, { choices: ["Music"] }]],
      }),
      pastPostSession: await factory.response(setup.postSession.survey, mentee, {
        mentorship: past,
        submittedAt: new Date("2024-03-01T10:00:00Z"),
        answers: [[setup.postSession.takeaway, { text: "Study groups help." }]],
      }),
      assessment: await factory.response(setup.assessment.survey, mentee, {
        mentorship: current,
        submittedAt: new Date("2024-10-01T10:00:00Z"),
        answers: [[setup.assessment.belonging1, { number: 4 }]],
      }),
      currentPostSession: await factory.response(setup.postSession.survey, mentee, {
        mentorship: current,
        submittedAt: new Date("2024-11-01T10:00:00Z"),
        answers: [[setup.postSession.rating, { number: 4 }]],
      }),
      mentorsOwn: await factory.response(setup.postSession.survey, currentMentor, {
        mentorship: current,
        submittedAt: new Date("2024-11-02T10:00:00Z"),
        answers: [[setup.postSession.takeaway, { text: "Good session." }]],
      }),
    };
    await factory.flag(past, setup.categories.academics, { status: FlagStatus.RESOLVED, reportedAt: new Date("2024-02-01T10:00:00Z") });
    await factory.flag(current, setup.categories.wellbeing, { status: FlagStatus.OPEN, reportedAt: new Date("2024-10-10T10:00:00Z") });
    await factory.flag(current, setup.categories.wellbeing, { subjectId: currentMentor.id, reportedAt: new Date("2024-10-11T10:00:00Z") });
  });

  afterAll(async () => {
    await server.close();
  });

  async function profile(variables: Record<string, unknown> = {}): Promise<ProfileData["participant"]> {
    const result = await client.graphql<ProfileData>(PROFILE_QUERY, { id: mentee.id, ...variables });
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.participant;
  }

  it("returns every panel field and demographic", async () => {
    const data = await profile();

    expect(data).toMatchObject({
      displayName: "Maya Chen",
      pronouns: "she/her",
      initials: "MC",
      email: mentee.email,
      phone: "+15555550100",
      gender: "Woman",
      raceEthnicity: "Asian",
      firstGeneration: true,
      graduationYear: 2027,
      fieldOfStudyOrWork: "Biology",
      program: { name: "First-Year Mentoring" },
      goals: ["Explore careers", "Build a network"],
    });
  });

  it("marks identifying custom attributes", async () => {
    const data = await profile();

    expect(data.customAttributes.map(({ key, identifying }) => [key, identifying])).toEqual([
      ["student_number", true],
      ["college", false],
    ]);
  });

  it("lists current and past mentorships", async () => {
    const all = await profile();
    const currentOnly = await profile({ mentorshipFilter: { statuses: ["MATCHED"] } });
    const pastOnly = await profile({ mentorshipFilter: { statuses: ["UNMATCHED"] } });

    expect(all.mentorships.map((mentorship) => mentorship.id)).toEqual([current.id, past.id]);
    expect(currentOnly.mentorships.map((mentorship) => mentorship.id)).toEqual([current.id]);
    expect(pastOnly.mentorships.map((mentorship) => mentorship.id)).toEqual([past.id]);
  });

  it("lists only the participant's own responses, newest first", async () => {
    const data = await profile();

    expect(data.surveyResponses.map((response) => response.id)).toEqual([
      responses.currentPostSession.id,
      responses.assessment.id,
      responses.pastPostSession.id,
      responses.matching.id,
    ]);
  });

  it("links each response to its mentorship", async () => {
    const data = await profile({ responseSort: { direction: "ASC" } });

    expect(data.surveyResponses.map((response) => response.mentorship?.id ?? null)).toEqual([null, past.id, current.id, current.id]);
  });

  it("filters responses by survey type and date", async () => {
    const data = await profile({ responseFilter: { surveyTypes: ["POST_SESSION"], submittedFrom: "2024-06-01T00:00:00Z" } });

    expect(data.surveyResponses.map((response) => response.id)).toEqual([responses.currentPostSession.id]);
  });

  it("applies the highlights-table rule on request", async () => {
    const data = await profile({ responseFilter: { highlightsOnly: true } });

    expect(data.surveyResponses.map((response) => response.id)).toEqual([responses.assessment.id, responses.pastPostSession.id, responses.matching.id]);
  });

  it("lists flags about the participant only", async () => {
    const data = await profile();
    const open = await profile({ flagFilter: { statuses: ["OPEN"] } });

    expect(data.priorityFlags.map((flag) => flag.status)).toEqual(["OPEN", "RESOLVED"]);
    expect(open.priorityFlags).toHaveLength(1);
  });

  it("keeps statement count when profiles are listed together", async () => {
    const listQuery = `{ participants(first: 50) { edges { node { id surveyResponses { id } priorityFlags { id } customAttributes { key } mentorships { id } } } } }`;
    const before = await client.graphql(listQuery);
    const extra = await setup.factory.mentee(setup.program);
    await setup.factory.response(setup.postSession.survey, extra, { mentorship: null, submittedAt: new Date("2024-12-01T00:00:00Z") });

    const after = await client.graphql(listQuery);

    expect(after.body.errors).toBeUndefined();
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });
});
