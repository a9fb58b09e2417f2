import type { GraphQLClient, TestServer } from "../test-support/test-server";
import { startTestServer } from "../test-support/test-server";
import { MENTORSHIP_DETAILS_QUERY, detailsVariables } from "../test-support/details-query";
import { createGeneratedPair, createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { ConversationSource, FlagStatus, ParticipantRole } from "../test-support/factories";
import { LifeExperience } from "../participant/life-experience.enum";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { SurveyResponse } from "../survey/survey-response.entity";

interface Highlight {
  kind: string;
  label: string;
  value: string;
  questionId: string | null;
}

interface DetailsData {
  mentorship: {
    id: string;
    exportUrl: string;
    mentor: Record<string, unknown> & { customAttributes: Array<Record<string, unknown>> };
    mentee: Record<string, unknown> & { customAttributes: Array<Record<string, unknown>> };
    status: string;
    matchedOn: string;
    lastConversationAt: string | null;
    conversationCount: number;
    priorityFlagCount: number;
    openPriorityFlagCount: number;
    menteeGoals: string[];
    commonGround: Array<{ kind: string; label: string; value: string | null }>;
    surveyResponses: Array<{ id: string; surveyType: string; respondentRole: string; highlights: Highlight[] }>;
    priorityFlags: Array<{ id: string; status: string; category: { key: string }; assignee: { displayName: string } | null; reportedBy: { id: string } | null }>;
  };
}

describe("mentorship details operation", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let client: GraphQLClient;
  let planted: {
    mentorship: Mentorship;
    mentorMatching: SurveyResponse;
    menteeMatching: SurveyResponse;
    menteeAssessment: SurveyResponse;
    answeredOptional: SurveyResponse;
    blankOptional: SurveyResponse;
    requiredOnly: SurveyResponse;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.factory.partner({ name: "Northfield College" });
    setup = await createProgramSetup(server.factory, partner);
    client = server.signIn(setup.staff);
    planted = await plantDetailsCase(setup);
  });

  afterAll(async () => {
    await server.close();
  });

  async function plantDetailsCase({ factory, program, matching, assessment, postSession, attributes, categories, staff }: ProgramSetup) {
    const mentor = await factory.mentor(program, { firstName: "Maya", lastName: "Chen", preferredName: "May", pronouns: "she/her" });
    const mentee = await factory.mentee(program, { firstName: "José", lastName: "Álvarez", preferredName: null, graduationYear: 2027 });
    const mentorship = await factory.mentorship(program, mentor, mentee, { matchedOn: "2024-09-01" });

    await factory.goals(mentee, ["Explore careers", "Build a network"]);
    await factory.goals(mentor, ["Give back"]);
    await factory.lifeExperiences(mentor, [LifeExperience.VETERAN, LifeExperience.TRANSFER_STUDENT, LifeExperience.FIRST_GENERATION_STUDENT]);
    await factory.lifeExperiences(mentee, [LifeExperience.PARENT, LifeExperience.FIRST_GENERATION_STUDENT, LifeExperience.TRANSFER_STUDENT]);
    await factory.customAttributeValue(mentor, attributes.college, "Engineering");
    await factory.customAttributeValue(mentee, attributes.college, "Engineering");
    await factory.customAttributeValue(mentor, attributes.advisor, "Dr. Okafor");
    await factory.customAttributeValue(mentee, attributes.advisor, "Dr. Lee");
    await factory.customAttributeValue(mentor, attributes.scholarship, "Pell");
    await factory.customAttributeValue(mentee, attributes.scholarship, "Pell");

    // The mentor answered the matching survey before the match, so that response concerns no mentorship.
    const mentorMatching = await factory.response(matching.survey, mentor, {
      mentorship: null,
      submittedAt: new Date("2024-08-20T10:00:00Z"),
      answers: [
        [matching.interests, { choices: ["Music", "Hiking", "Chess"] }],
        [matching.frequency, { choices: ["Weekly"] }],
      ],
    });
    const menteeMatching = await factory.response(matching.survey, mentee, {
      mentorship,
      submittedAt: new Date("2024-08-21T10:00:00Z"),
      answers: [
        [matching.interests, { choices: ["Chess", "Art", "Music"] }],
        [matching.frequency, { choices: ["Every two weeks"] }],
        [matching.notes, { text: "I work nights." }],
      ],
    });
    const menteeAssessment = await factory.response(assessment.survey, mentee, {
      mentorship,
      submittedAt: new Date("2024-11-01T10:00:00Z"),
      answers: [
        [assessment.belonging1, { number: 4 }],
        [assessment.belonging2, { number: 5 }],
        [assessment.efficacy, { number: 3 }],
      ],
    });
    const answeredOptional = await factory.response(postSession.survey, mentor, {
      mentorship,
      submittedAt: new Date("2024-10-01T16:00:00Z"),
      answers: [
        [postSession.rating, { number: 4 }],
        [postSession.topics, { text: "Course planning" }],
        [postSession.takeaway, { text: "  Talk to the advisor early.  " }],
      ],
    });
    const blankOptional = await factory.response(postSession.survey, mentee, {
      mentorship,
      submittedAt: new Date("2024-10-08T16:00:00Z"),
      answers: [
        [postSession.rating, { number: 5 }],
        [postSession.topics, { text: "Internships" }],
        [postSession.anythingElse, { text: " \n\t " }],
      ],
    });
    const requiredOnly = await factory.response(postSession.survey, mentor, {
      mentorship,
      submittedAt: new Date("2024-10-15T16:00:00Z"),
      answers: [
        [postSession.rating, { number: 3 }],
        [postSession.topics, { text: "Study habits" }],
      ],
    });

    await factory.conversation(mentorship, { occurredAt: new Date("2024-10-01T15:00:00Z"), source: ConversationSource.POST_SESSION_SURVEY, surveyResponseId: answeredOptional.id });
    await factory.conversation(mentorship, { occurredAt: new Date("2024-10-08T15:00:00Z"), source: ConversationSource.POST_SESSION_SURVEY, surveyResponseId: blankOptional.id });
    await factory.conversation(mentorship, { occurredAt: new Date("2024-10-15T15:00:00Z"), source: ConversationSource.POST_SESSION_SURVEY, surveyResponseId: requiredOnly.id });
    await factory.conversation(mentorship, { occurredAt: new Date("2024-10-20T18:30:00Z"), source: ConversationSource.CHECK_IN });
    await factory.conversation(mentorship, { occurredAt: new Date("2024-10-25T09:00:00Z"), source: ConversationSource.BACKFILL, loggedByRole: null });

    await factory.flag(mentorship, categories.wellbeing, { reportedAt: new Date("2024-10-09T09:00:00Z"), status: FlagStatus.OPEN, urgent: true, assigneeId: staff.id });
    await factory.flag(mentorship, categories.academics, { reportedAt: new Date("2024-10-03T09:00:00Z"), status: FlagStatus.IN_PROGRESS });
    await factory.flag(mentorship, categories.academics, {
      reportedAt: new Date("2024-09-20T09:00:00Z"),
      status: FlagStatus.RESOLVED,
      resolvedAt: new Date("2024-09-25T09:00:00Z"),
      reportedById: null,
      reportedByRole: null,
    });

    return { mentorship, mentorMatching, menteeMatching, menteeAssessment, answeredOptional, blankOptional, requiredOnly };
  }

  async function fetchDetails(variables = detailsVariables(planted.mentorship.id)) {
    const result = await client.graphql<DetailsData>(MENTORSHIP_DETAILS_QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.mentorship;
  }

  it("lists the highlights table without post-session responses lacking an optional answer", async () => {
    const details = await fetchDetails();

    expect(details.surveyResponses.map((response) => response.id)).toEqual([
      planted.menteeAssessment.id,
      planted.answeredOptional.id,
      planted.menteeMatching.id,
      planted.mentorMatching.id,
    ]);
  });

  it("counts conversations from every source, not only table rows", async () => {
    const details = await fetchDetails();

    expect(details.conversationCount).toBe(5);
    expect(details.lastConversationAt).toBe("2024-10-25T09:00:00.000Z");
  });

  it("lists every response when highlightsOnly is false", async () => {
    const details = await fetchDetails(detailsVariables(planted.mentorship.id, { responseFilter: { highlightsOnly: false } }));

    expect(details.surveyResponses).toHaveLength(6);
  });

  it("returns exactly what the pair has in common", async () => {
    const details = await fetchDetails();

    expect(details.commonGround).toEqual([
      { kind: "LIFE_EXPERIENCE", label: "First-generation student", value: null },
      { kind: "LIFE_EXPERIENCE", label: "Transfer student", value: null },
      { kind: "CHARACTERISTIC", label: "Which interests do you have?", value: "Music" },
      { kind: "CHARACTERISTIC", label: "Which interests do you have?", value: "Chess" },
      { kind: "CUSTOM_ATTRIBUTE", label: "College", value: "Engineering" },
    ]);
  });

  it("returns the mentee's goals in the order chosen", async () => {
    const details = await fetchDetails();

    expect(details.menteeGoals).toEqual(["Explore careers", "Build a network"]);
  });

  it("counts all flags and the open ones", async () => {
    const details = await fetchDetails();

    expect(details.priorityFlagCount).toBe(3);
    expect(details.openPriorityFlagCount).toBe(2);
  });

  it("lists flags newest first with their details", async () => {
    const details = await fetchDetails();

    expect(details.priorityFlags.map((flag) => [flag.status, flag.category.key, flag.assignee?.displayName ?? null, flag.reportedBy === null])).toEqual([
      ["OPEN", "wellbeing", "Avery Staff", false],
      ["IN_PROGRESS", "academics", null, false],
      ["RESOLVED", "academics", null, true],
    ]);
  });

  it("lists flags oldest first on request", async () => {
    const details = await fetchDetails(detailsVariables(planted.mentorship.id, { flagSort: { field: "REPORTED_AT", direction: "ASC" } }));

    expect(details.priorityFlags.map((flag) => flag.status)).toEqual(["RESOLVED", "IN_PROGRESS", "OPEN"]);
  });

  it("shows both participant panels", async () => {
    const details = await fetchDetails();

    expect(details.mentor).toMatchObject({ role: "MENTOR", displayName: "May Chen", initials: "MC", pronouns: "she/her", goals: ["Give back"] });
    expect(details.mentee).toMatchObject({ role: "MENTEE", displayName: "José Álvarez", initials: "JÁ", graduationYear: 2027 });
    expect(details.mentee.lifeExperiences).toEqual(["FIRST_GENERATION_STUDENT", "TRANSFER_STUDENT", "PARENT"]);
    expect(details.mentee.lifeExperienceLabels).toEqual(["First-generation student", "Transfer student", "Parent"]);
  });

  it("orders custom attributes by definition position", async () => {
    const details = await fetchDetails();

    expect(details.mentor.customAttributes.map((attribute) => [attribute.label, attribute.value])).toEqual([
      ["College", "Engineering"],
      ["Advisor", "Dr. Okafor"],
      ["Scholarship", "Pell"],
    ]);
  });

  it("gives a post-session response its rating and open answers as highlights", async () => {
    const details = await fetchDetails();

    const row = details.surveyResponses.find((response) => response.id === planted.answeredOptional.id);
    expect(row?.highlights).toEqual([
      { kind: "ANSWER", label: "How would you rate this session?", value: "4 / 5", questionId: setup.postSession.rating.id },
      { kind: "OPEN_TEXT", label: "What did you talk about?", value: "Course planning", questionId: setup.postSession.topics.id },
      { kind: "OPEN_TEXT", label: "What was your main takeaway?", value: "  Talk to the advisor early.  ", questionId: setup.postSession.takeaway.id },
    ]);
  });

  it("gives an assessment its area scores as highlights", async () => {
    const details = await fetchDetails();

    const row = details.surveyResponses.find((response) => response.id === planted.menteeAssessment.id);
    expect(row?.highlights).toEqual([
      { kind: "AREA_SCORE", label: "Sense of belonging", value: "4.5 / 5", questionId: null },
      { kind: "AREA_SCORE", label: "Academic self-efficacy", value: "3.0 / 5", questionId: null },
    ]);
  });

  it("shows status, date matched and export link", async () => {
    const details = await fetchDetails();

    expect(details.status).toBe("MATCHED");
    expect(details.matchedOn).toBe("2024-09-01");
    expect(details.exportUrl).toBe(`/export/mentorships/${planted.mentorship.id}.csv`);
  });

  it("keeps statement count across pair sizes", async () => {
    const small = await createGeneratedPair(setup, { postSessionResponses: 3, conversations: 2, flags: 1 });
    const large = await createGeneratedPair(setup, { postSessionResponses: 60, conversations: 40, flags: 15 });

    const smallResult = await client.graphql<DetailsData>(MENTORSHIP_DETAILS_QUERY, detailsVariables(small.mentorship.id));
    const largeResult = await client.graphql<DetailsData>(MENTORSHIP_DETAILS_QUERY, detailsVariables(large.mentorship.id));

    expect(smallResult.body.errors).toBeUndefined();
    expect(largeResult.body.errors).toBeUndefined();
    expect(largeResult.body.data?.mentorship.surveyResponses).toHaveLength(64);
    expect(largeResult.body.data?.mentorship.priorityFlags).toHaveLength(15);
    expect(largeResult.sqlStatements).toBe(smallResult.sqlStatements);
    // 1 session lookup + 18 GraphQL statements when written; a rise means a loader stopped batching.
    expect(smallResult.sqlStatements).toBeLessThanOrEqual(19);
  });

  it("keeps respondent roles on the rows", async () => {
    const details = await fetchDetails();

    expect(details.surveyResponses.map((response) => response.respondentRole)).toEqual([
      ParticipantRole.MENTEE,
      ParticipantRole.MENTOR,
      ParticipantRole.MENTEE,
      ParticipantRole.MENTOR,
    ]);
  });
});
