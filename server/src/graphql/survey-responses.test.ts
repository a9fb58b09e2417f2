import type { Mentorship } from "../mentorship/mentorship.entity";
import type { SurveyResponse } from "../survey/survey-response.entity";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const RESPONSES_QUERY = /* GraphQL */ `
  query Responses($id: ID!, $first: Int, $filter: SurveyResponseFilter, $sort: SurveyResponseSort) {
    mentorship(id: $id) {
      surveyResponses(first: $first, filter: $filter, sort: $sort) {
        id
      }
    }
  }
`;

describe("Mentorship.surveyResponses", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let mentorship: Mentorship;
  let rows: Record<"mentorMatching" | "menteeMatching" | "menteeAssessment" | "mentorAssessment" | "mentorPost" | "menteeBlankPost" | "menteePost" | "otherPairPost", SurveyResponse>;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    ({ mentorship, rows } = await plantResponses(setup));
  });

  afterAll(async () => {
    await server.close();
  });

  async function plantResponses({ factory, program, matching, assessment, postSession }: ProgramSetup) {
    const mentor = await factory.mentor(program);
    const mentee = await factory.mentee(program);
    const otherMentee = await factory.mentee(program);
    const pair = await factory.mentorship(program, mentor, mentee);
    const otherPair = await factory.mentorship(program, mentor, otherMentee);
    const post = (text: string | null) => [
      [postSession.rating, { number: 4 }],
      ...(text === null ? [] : [[postSession.anythingElse, { text }]]),
    ] as Array<[typeof postSession.rating, { number?: number; text?: string }]>;

    return {
      mentorship: pair,
      rows: {
        mentorMatching: await factory.response(matching.survey, mentor, { mentorship: null, submittedAt: new Date("2024-08-20T10:00:00Z") }),
        menteeMatching: await factory.response(matching.survey, mentee, { mentorship: pair, submittedAt: new Date("2024-08-21T10:00:00Z") }),
        mentorPost: await factory.response(postSession.survey, mentor, { mentorship: pair, submittedAt: new Date("2024-10-01T16:00:00Z"), answers: post("Good start.") }),
        menteeBlankPost: await factory.response(postSession.survey, mentee, { mentorship: pair, submittedAt: new Date("2024-10-08T16:00:00Z"), answers: post("   ") }),
        menteePost: await factory.response(postSession.survey, mentee, { mentorship: pair, submittedAt: new Date("2024-10-15T16:00:00Z"), answers: post("Helpful.") }),
        menteeAssessment: await factory.response(assessment.survey, mentee, { mentorship: pair, submittedAt: new Date("2024-11-01T10:00:00Z") }),
        mentorAssessment: await factory.response(assessment.survey, mentor, { mentorship: pair, submittedAt: new Date("2024-11-02T10:00:00Z") }),
        otherPairPost: await factory.response(postSession.survey, mentor, { mentorship: otherPair, submittedAt: new Date("2024-10-20T16:00:00Z"), answers: post("Other pair.") }),
      },
    };
  }

  async function responseIds(variables: Record<string, unknown>): Promise<string[]> {
    const result = await client.graphql<{ mentorship: { surveyResponses: Array<{ id: string }> } }>(RESPONSES_QUERY, { id: mentorship.id, ...variables });
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.mentorship.surveyResponses.map((response) => response.id);
  }

  it("lists the pair's responses newest first by default", async () => {
    const ids = await responseIds({});

    expect(ids).toEqual([
      rows.mentorAssessment.id,
      rows.menteeAssessment.id,
      rows.menteePost.id,
      rows.menteeBlankPost.id,
      rows.mentorPost.id,
      rows.menteeMatching.id,
      rows.mentorMatching.id,
    ]);
  });

  it("sorts oldest first on request", async () => {
    const ids = await responseIds({ sort: { field: "SUBMITTED_AT", direction: "ASC" } });

    expect(ids[0]).toBe(rows.mentorMatching.id);
    expect(ids[ids.length - 1]).toBe(rows.mentorAssessment.id);
  });

  it("leaves out responses about another pair", async () => {
    const ids = await responseIds({});

    expect(ids).not.toContain(rows.otherPairPost.id);
  });

  it("filters by survey type", async () => {
    const ids = await responseIds({ filter: { surveyTypes: ["POST_SESSION"] } });

    expect(ids).toEqual([rows.menteePost.id, rows.menteeBlankPost.id, rows.mentorPost.id]);
  });

  it("filters by several survey types", async () => {
    const ids = await responseIds({ filter: { surveyTypes: ["MATCHING", "ASSESSMENT"] } });

    expect(ids).toEqual([rows.mentorAssessment.id, rows.menteeAssessment.id, rows.menteeMatching.id, rows.mentorMatching.id]);
  });

  it("filters by respondent role", async () => {
    const ids = await responseIds({ filter: { respondentRoles: ["MENTOR"] } });

    expect(ids).toEqual([rows.mentorAssessment.id, rows.mentorPost.id, rows.mentorMatching.id]);
  });

  it("filters by an inclusive submission range", async () => {
    const ids = await responseIds({ filter: { submittedFrom: "2024-10-01T16:00:00Z", submittedTo: "2024-10-08T16:00:00Z" } });

    expect(ids).toEqual([rows.menteeBlankPost.id, rows.mentorPost.id]);
  });

  it("filters by an open-ended range", async () => {
    const ids = await responseIds({ filter: { submittedFrom: "2024-11-01T00:00:00Z" } });

    expect(ids).toEqual([rows.mentorAssessment.id, rows.menteeAssessment.id]);
  });

  it("applies the highlights rule to post-session responses only", async () => {
    const ids = await responseIds({ filter: { highlightsOnly: true } });

    expect(ids).toEqual([
      rows.mentorAssessment.id,
      rows.menteeAssessment.id,
      rows.menteePost.id,
      rows.mentorPost.id,
      rows.menteeMatching.id,
      rows.mentorMatching.id,
    ]);
  });

  it("combines the highlights rule with other filters", async () => {
    const ids = await responseIds({ filter: { highlightsOnly: true, surveyTypes: ["POST_SESSION"], respondentRoles: ["MENTEE"] } });

    expect(ids).toEqual([rows.menteePost.id]);
  });

  it("returns no rows for an empty type list", async () => {
    const ids = await responseIds({ filter: { surveyTypes: [] } });

    expect(ids).toEqual([]);
  });

  it("returns at most first rows", async () => {
    const ids = await responseIds({ first: 2 });

    expect(ids).toEqual([rows.mentorAssessment.id, rows.menteeAssessment.id]);
  });
});
