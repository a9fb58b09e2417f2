import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Participant } from "../participant/participant.entity";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const QUOTES_QUERY = /* GraphQL */ `
  query Quotes($id: ID!) {
    mentorship(id: $id) {
      surveyResponses(sort: { direction: ASC }) {
        id
        answers {
          question {
            prompt
          }
          anonymizedQuote {
            text
            attribution
          }
        }
        highlights {
          kind
          anonymizedQuote {
            text
            attribution
          }
        }
      }
    }
  }
`;

interface QuoteData {
  text: string;
  attribution: string;
}

interface QuotesData {
  mentorship: {
    surveyResponses: Array<{
      id: string;
      answers: Array<{ question: { prompt: string }; anonymizedQuote: QuoteData | null }>;
      highlights: Array<{ kind: string; anonymizedQuote: QuoteData | null }>;
    }>;
  };
}

describe("anonymized quotes", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let client: GraphQLClient;
  let mentor: Participant;
  let mentee: Participant;
  let pair: Mentorship;
  let data: QuotesData["mentorship"];

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    const { factory, program } = setup;
    mentor = await factory.mentor(program, { firstName: "Jordan", lastName: "Okafor", email: "jordan.okafor@example.edu" });
    mentee = await factory.mentee(program, { firstName: "Mayadevi", lastName: "Chen", preferredName: "Maya" });
    pair = await factory.mentorship(program, mentor, mentee);
    const studentNumber = await factory.customAttributeDefinition(program, { key: "student_number", label: "Student number", identifying: true });
    await factory.customAttributeValue(mentee, studentNumber, "S-991234");
    await factory.customAttributeValue(mentee, setup.attributes.college, "Engineering");

    await factory.response(setup.matching.survey, mentee, {
      mentorship: null,
      submittedAt: new Date("2024-08-20T10:00:00Z"),
      answers: [
        [setup.matching.interests, { choices: ["Music"] }],
        [setup.matching.notes, { text: "I already know Jordan from orientation." }],
      ],
    });
    await factory.response(setup.postSession.survey, mentee, {
      mentorship: pair,
      submittedAt: new Date("2024-10-01T10:00:00Z"),
      answers: [
        [setup.postSession.rating, { number: 5 }],
        [setup.postSession.topics, { text: "jordan okafor helped me with my S-991234 registration." }],
        [setup.postSession.takeaway, { text: "Email JORDAN.OKAFOR@example.edu or call 555-555-0123; Maya's plan is in Engineering." }],
      ],
    });

    const result = await client.graphql<QuotesData>(QUOTES_QUERY, { id: pair.id });
    expect(result.body.errors).toBeUndefined();
    data = result.body.data!.mentorship;
  });

  afterAll(async () => {
    await server.close();
  });

  function quoteOf(prompt: string): QuoteData | null | undefined {
    return data.surveyResponses.flatMap((response) => response.answers).find((answer) => answer.question.prompt === prompt)?.anonymizedQuote;
  }

  it("replaces names and identifying values in an answer", () => {
    expect(quoteOf(setup.postSession.topics.prompt)?.text).toBe("[mentor] helped me with my [redacted] registration.");
  });

  it("replaces contact details and possessive nicknames", () => {
    expect(quoteOf(setup.postSession.takeaway.prompt)?.text).toBe("Email [email] or call [phone]; [mentee]'s plan is in Engineering.");
  });

  it("attributes a quote by role and program only", () => {
    expect(quoteOf(setup.postSession.topics.prompt)?.attribution).toBe("a mentee in First-Year Mentoring");
  });

  it("names the future mentor in a response before the match", () => {
    expect(quoteOf(setup.matching.notes.prompt)?.text).toBe("I already know [mentor] from orientation.");
  });

  it("has no quote for answers that are not open text", () => {
    expect(quoteOf(setup.postSession.rating.prompt)).toBeNull();
    expect(quoteOf(setup.matching.interests.prompt)).toBeNull();
  });

  it("offers the same quote on the highlight", () => {
    const postSession = data.surveyResponses[1];
    const quotes = postSession.highlights.map((highlight) => [highlight.kind, highlight.anonymizedQuote?.text ?? null]);

    expect(quotes).toEqual([
      ["ANSWER", null],
      ["OPEN_TEXT", "[mentor] helped me with my [redacted] registration."],
      ["OPEN_TEXT", "Email [email] or call [phone]; [mentee]'s plan is in Engineering."],
    ]);
  });

  it("runs as many statements for many responses as for one", async () => {
    const many = await server.factory.mentorship(setup.program, await setup.factory.mentor(setup.program), await setup.factory.mentee(setup.program));
    const one = await server.factory.mentorship(setup.program, await setup.factory.mentor(setup.program), await setup.factory.mentee(setup.program));
    for (let index = 0; index < 20; index += 1) {
      await setup.factory.response(setup.postSession.survey, await setup.factory.mentee(setup.program), {
        mentorship: many,
        submittedAt: new Date(Date.UTC(2024, 9, 1 + index)),
        answers: [[setup.postSession.takeaway, { text: `Takeaway number ${index}` }]],
      });
    }
    await setup.factory.response(setup.postSession.survey, await setup.factory.mentee(setup.program), {
      mentorship: one,
      submittedAt: new Date("2024-10-01T10:00:00Z"),
      answers: [[setup.postSession.takeaway, { text: "Only takeaway" }]],
    });

    const manyResult = await client.graphql<QuotesData>(QUOTES_QUERY, { id: many.id });
    const oneResult = await client.graphql<QuotesData>(QUOTES_QUERY, { id: one.id });

    expect(manyResult.body.data?.mentorship.surveyResponses).toHaveLength(20);
    expect(manyResult.sqlStatements).toBe(oneResult.sqlStatements);
  });
});
