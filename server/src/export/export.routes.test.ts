import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { createApp, type App } from "../app";
import { SESSION_COOKIE } from "../auth/authenticate.middleware";
import { canRead, FieldGroup } from "../auth/field-access";
import { signSessionToken } from "../auth/session-token";
import { StaffRole } from "../auth/staff-role.enum";
import type { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
import { runWithRequestContext, currentRequestContext } from "../common/request-context";
import { TenantScope } from "../common/tenant-scope";
import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import type { Conversation } from "../conversation/conversation.entity";
import { FlagResolutionReason, FlagStatus } from "../flag/flag-enums";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantRole } from "../participant/participant-role.enum";
import { Participant } from "../participant/participant.entity";
import type { Program } from "../partner/program.entity";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import type { SurveyQuestion } from "../survey/survey-question.entity";
import type { SurveyResponse } from "../survey/survey-response.entity";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { loadMentorshipExport } from "./mentorship-export.service";
import {
  plantAttributeDefinition,
  plantAttributeValue,
  plantConversation,
  plantFlag,
  plantFlagCategory,
  plantGoals,
  plantLifeExperiences,
  plantMentorship,
  plantParticipant,
  plantPartner,
  plantProgram,
  plantQuestion,
  plantResponse,
  plantStaffUser,
  plantSurvey,
  type AnswerValue,
} from "./test-support";

const SECRET = "export-routes-test-secret-0123456789abcdef";
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const LONG_TEXT = `First line, with a comma and "quotes".\r\nSecond line.\n${"Lorem ipsum dolor sit amet, ".repeat(90)}end`;

type CsvRecord = Record<string, string>;

interface ErrorBody {
  error: { code: string; message: string; argumentName?: string };
}

/** Undoes the export's formula neutralization: one leading quote before a formula trigger. */
function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGERS.includes(cell.charAt(1)) ? cell.slice(1) : cell;
}

/** Writes a stored value as the CSV cell text it must come back as. */
function cellOf(value: string | number | boolean | Date | null): string {
  if (value === null) {
    return "";
  }

  return value instanceof Date ? value.toISOString() : String(value);
}

interface PlantedMentorship {
  program: Program;
  mentorship: Mentorship;
  mentor: Participant;
  mentee: Participant;
  admin: StaffUser;
  analyst: StaffUser;
  assignee: StaffUser;
  conversations: Conversation[];
  responses: Array<{ response: SurveyResponse; answers: Array<[SurveyQuestion, AnswerValue]> }>;
  flags: PriorityFlag[];
  customAttributes: Array<{ owner: Participant; key: string; label: string; value: string }>;
}

describe("GET /export/mentorships/:id.csv", () => {
  let database: TestDatabase;
  let app: App;
  let server: Server;
  let baseUrl: string;
  let planted: PlantedMentorship;
  let quietMentorship: Mentorship;
  let foreignMentorship: Mentorship;
  let matchingPair: PlantedMatchingPair;

  beforeAll(async () => {
    database = await createTestDatabase();
    planted = await plantRichMentorship(database);
    quietMentorship = await plantQuietMentorship(database, planted.program);
    foreignMentorship = await plantForeignMentorship(database);
    matchingPair = await plantMatchingSurveyPair(database, planted.program);

    app = await createApp({ dataSource: database.dataSource, sessionSecret: SECRET });
    server = app.express.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await database.destroy();
  });

  function download(id: string, viewer: StaffUser | null = planted.admin): Promise<Response> {
    const headers: Record<string, string> = viewer ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(signSessionToken(viewer.id, SECRET))}` } : {};

    return fetch(`${baseUrl}/export/mentorships/${id}.csv`, { headers });
  }

  async function downloadRecords(id: string, viewer: StaffUser = planted.admin): Promise<CsvRecord[]> {
    const response = await download(id, viewer);
    const body = await response.text();

    // record_delimiter makes the parser fail on a bare LF between records.
    return parse(body, { bom: true, columns: true, record_delimiter: "\r\n" }) as CsvRecord[];
  }

  function ofType(records: CsvRecord[], recordType: string): CsvRecord[] {
    return records.filter((record) => record.record_type === recordType);
  }

  describe("file", () => {
    it("is a UTF-8 CSV attachment that no cache keeps", async () => {
      const response = await download(planted.mentorship.id);

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
    });

    it("is named after the id and the UTC export date", async () => {
      const before = new Date().toISOString().slice(0, 10);

      const response = await download(planted.mentorship.id);

      const after = new Date().toISOString().slice(0, 10);
      const disposition = response.headers.get("content-disposition") ?? "";
      expect([before, after].map((date) => `attachment; filename="mentorship-${planted.mentorship.id}-${date}.csv"`)).toContain(disposition);
    });

    it("has no participant name in its file name", async () => {
      const response = await download(planted.mentorship.id);

      const disposition = response.headers.get("content-disposition") ?? "";
      for (const name of [planted.mentor.firstName, planted.mentor.lastName, planted.mentee.firstName, planted.mentee.lastName]) {
        expect(disposition).not.toContain(name);
      }
    });

    it("starts with a UTF-8 byte order mark", async () => {
      const response = await download(planted.mentorship.id);

      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });

    it("separates records with CRLF", async () => {
      const response = await download(planted.mentorship.id);

      const body = await response.text();
      expect(body.split("\r\n")[0]).toMatch(/^\uFEFF?"record_type","mentorship_id","program","status","date_matched",/);
    });
  });

  describe("rows", () => {
    let records: CsvRecord[];

    beforeAll(async () => {
      records = await downloadRecords(planted.mentorship.id);
    });

    it("has one row per record of every type", () => {
      const counts = Object.fromEntries(
        ["mentorship", "participant", "custom_attribute", "life_experience", "goal", "common_ground", "conversation", "survey_answer", "priority_flag"].map(
          (type) => [type, ofType(records, type).length],
        ),
      );

      expect(counts).toEqual({
        mentorship: 1,
        participant: 2,
        custom_attribute: planted.customAttributes.length,
        life_experience: 6,
        goal: 3,
        common_ground: 5,
        conversation: planted.conversations.length,
        survey_answer: planted.responses.reduce((total, { answers }) => total + answers.length, 0),
        priority_flag: planted.flags.length,
      });
    });

    it("repeats the mentorship key on every row", () => {
      const keys = new Set(records.map((record) => [record.mentorship_id, restore(record.program), record.status, record.date_matched].join("|")));

      expect([...keys]).toEqual([[planted.mentorship.id, planted.program.name, "MATCHED", "2025-09-01"].join("|")]);
    });

    it("carries the relevant info on the mentorship row", () => {
      const [row] = ofType(records, "mentorship");

      expect(row.conversation_count).toBe("4");
      expect(row.last_conversation_at).toBe("2026-03-01T23:58:00.000Z");
      expect(row.priority_flag_count).toBe("3");
      expect(row.open_priority_flag_count).toBe("2");
      expect(row.mentorship_external_id).toBe("PAIR-0001");
    });

    it("returns every stored profile field of both participants", () => {
      for (const participant of [planted.mentor, planted.mentee]) {
        const row = ofType(records, "participant").find((record) => record.participant_id === participant.id) as CsvRecord;
        const expected = {
          participant_role: participant.role,
          external_id: cellOf(participant.externalId),
          first_name: participant.firstName,
          last_name: participant.lastName,
          preferred_name: cellOf(participant.preferredName),
          pronouns: cellOf(participant.pronouns),
          picture_url: cellOf(participant.pictureUrl),
          email: cellOf(participant.email),
          phone: cellOf(participant.phone),
          gender: cellOf(participant.gender),
          race_ethnicity: cellOf(participant.raceEthnicity),
          first_generation: cellOf(participant.firstGeneration),
          graduation_year: cellOf(participant.graduationYear),
          field_of_study_or_work: cellOf(participant.fieldOfStudyOrWork),
          created_at: cellOf(participant.createdAt),
          updated_at: cellOf(participant.updatedAt),
        };

        const actual = Object.fromEntries(Object.keys(expected).map((column) => [column, restore(row[column])]));

        expect(actual).toEqual(expected);
      }
    });

    it("returns every custom attribute with its label and stored value", () => {
      const actual = ofType(records, "custom_attribute").map((record) => ({
        participantId: record.participant_id,
        key: record.key,
        label: record.label,
        value: restore(record.value),
      }));

      expect(actual).toEqual(
        planted.customAttributes.map(({ owner, key, label, value }) => ({ participantId: owner.id, key, label, value })),
      );
    });

    it("writes a negative number attribute unprefixed", () => {
      const row = ofType(records, "custom_attribute").find((record) => record.key === "gpa_change" && record.participant_role === "MENTOR");

      expect(row?.value).toBe("-3");
    });

    it("returns the life experiences of both participants", () => {
      const actual = ofType(records, "life_experience").map((record) => `${record.participant_role}:${record.key}:${record.label}`);

      expect(actual).toEqual([
        "MENTOR:FIRST_GENERATION_STUDENT:First-generation student",
        "MENTOR:VETERAN:Veteran",
        "MENTOR:WORKED_WHILE_STUDYING:Worked while studying",
        "MENTEE:FIRST_GENERATION_STUDENT:First-generation student",
        "MENTEE:PARENT:Parent",
        "MENTEE:WORKED_WHILE_STUDYING:Worked while studying",
      ]);
    });

    it("returns the mentee's goals in the order chosen", () => {
      const actual = ofType(records, "goal").map((record) => [record.participant_role, record.position, restore(record.value)]);

      expect(actual).toEqual([
        ["MENTEE", "1", "Explore careers"],
        ["MENTEE", "2", 'Build a network, "fast"'],
        ["MENTEE", "3", "+Graduate on time"],
      ]);
    });

    it("lists what the pair has in common", () => {
      const actual = ofType(records, "common_ground").map((record) => [record.common_ground_kind, record.label, record.value]);

      expect(actual).toEqual([
        ["LIFE_EXPERIENCE", "First-generation student", ""],
        ["LIFE_EXPERIENCE", "Worked while studying", ""],
        ["CHARACTERISTIC", "Interests, hobbies", "Chess"],
        ["CHARACTERISTIC", "Interests, hobbies", "Hiking"],
        ["CUSTOM_ATTRIBUTE", "Residence hall", 'Hall, "North"'],
      ]);
    });

    it("returns every conversation with its stored values", () => {
      const actual = ofType(records, "conversation").map((record) => ({
        id: record.conversation_id,
        occurredAt: record.occurred_at,
        medium: record.medium,
        durationMinutes: record.duration_minutes,
        topics: record.topics,
        loggedByRole: record.logged_by_role,
        source: record.conversation_source,
        surveyResponseId: record.survey_response_id,
      }));

      const expected = [...planted.conversations]
        .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
        .map((conversation) => ({
          id: conversation.id,
          occurredAt: conversation.occurredAt.toISOString(),
          medium: conversation.medium,
          durationMinutes: cellOf(conversation.durationMinutes),
          topics: conversation.topics.join("; "),
          loggedByRole: cellOf(conversation.loggedByRole),
          source: conversation.source,
          surveyResponseId: cellOf(conversation.surveyResponseId),
        }));
      expect(actual).toEqual(expected);
    });

    it("returns every survey answer with its question and stored value", () => {
      const actual = ofType(records, "survey_answer")
        .map((record) => ({
          responseId: record.survey_response_id,
          role: record.participant_role,
          submittedAt: record.submitted_at,
          position: record.question_position,
          prompt: record.question_prompt,
          kind: record.question_kind,
          value: restore(record.answer_value),
        }))
        .sort((a, b) => `${a.responseId}${a.position}`.localeCompare(`${b.responseId}${b.position}`));

      const expected = planted.responses
        .flatMap(({ response, answers }) =>
          answers.map(([question, value]) => ({
            responseId: response.id,
            role: response.respondentRole,
            submittedAt: response.submittedAt.toISOString(),
            position: String(question.position),
            prompt: question.prompt,
            kind: question.kind,
            value: "choices" in value ? value.choices.join("; ") : String(Object.values(value)[0]),
          })),
        )
        .sort((a, b) => `${a.responseId}${a.position}`.localeCompare(`${b.responseId}${b.position}`));
      expect(actual).toEqual(expected);
    });

    it("describes each answer's survey", () => {
      const assessment = ofType(records, "survey_answer").find((record) => record.question_kind === "LIKERT") as CsvRecord;

      expect([assessment.survey_type, assessment.survey_title, assessment.survey_wave, assessment.question_area]).toEqual([
        "Assessment",
        "Assessment, spring",
        "Baseline",
        "Sense of belonging",
      ]);
    });

    it("keeps a long multi-line answer whole", () => {
      const answer = ofType(records, "survey_answer").find((record) => record.question_kind === "OPEN_TEXT" && record.answer_value.length > 2000);

      expect(answer?.answer_value).toBe(LONG_TEXT);
    });

    it("returns every flag with category, assignee and stored values", () => {
      const actual = ofType(records, "priority_flag").map((record) => ({
        id: record.flag_id,
        subject: record.participant_id,
        category: record.category,
        urgent: record.urgent,
        status: record.flag_status,
        description: restore(record.description),
        reportedAt: record.reported_at,
        resolvedAt: record.resolved_at,
        assignee: record.assignee,
        resolutionReason: record.resolution_reason,
        resolutionNote: restore(record.resolution_note),
      }));

      expect(actual).toEqual([
        {
          id: planted.flags[0].id,
          subject: planted.mentee.id,
          category: "Basic needs (housing, food)",
          urgent: "true",
          status: "Open",
          description: planted.flags[0].description,
          reportedAt: "2026-02-16T08:30:00.000Z",
          resolvedAt: "",
          assignee: "",
          resolutionReason: "",
          resolutionNote: "",
        },
        {
          id: planted.flags[1].id,
          subject: planted.mentee.id,
          category: "Mental health",
          urgent: "false",
          status: "In progress",
          description: planted.flags[1].description,
          reportedAt: "2026-02-20T08:30:00.000Z",
          resolvedAt: "",
          assignee: "Dana Ortiz, MSW",
          resolutionReason: "",
          resolutionNote: "",
        },
        {
          id: planted.flags[2].id,
          subject: planted.mentee.id,
          category: "Basic needs (housing, food)",
          urgent: "false",
          status: "Resolved",
          description: planted.flags[2].description,
          reportedAt: "2026-02-25T08:30:00.000Z",
          resolvedAt: "2026-02-27T17:00:00.000Z",
          assignee: "Dana Ortiz, MSW",
          resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED,
          resolutionNote: planted.flags[2].resolutionNote,
        },
      ]);
    });

    it("prefixes a quote to text that starts like a formula", () => {
      const mentorRow = ofType(records, "participant").find((record) => record.participant_role === "MENTOR") as CsvRecord;
      const answers = ofType(records, "survey_answer").map((record) => record.answer_value);

      expect(mentorRow.preferred_name).toBe("'=Andy");
      expect(mentorRow.phone).toBe("'+15555550123");
      expect(mentorRow.gender).toBe("'-");
      expect(mentorRow.field_of_study_or_work).toBe("'@Engineering");
      expect(answers).toEqual(expect.arrayContaining(["'=1+1", "'-minus start", "'+plus start", "'@mention start"]));
    });

    it("writes a negative number answer unprefixed", () => {
      const answer = ofType(records, "survey_answer").find((record) => record.question_kind === "NUMBER");

      expect(answer?.answer_value).toBe("-3.5");
    });
  });

  describe("matching surveys", () => {
    let records: CsvRecord[];

    beforeAll(async () => {
      records = await downloadRecords(matchingPair.mentorship.id);
    });

    it("exports a response answered before the match", () => {
      const responseIds = new Set(ofType(records, "survey_answer").map((record) => record.survey_response_id));

      expect([...responseIds]).toEqual([matchingPair.mentorBeforeMatch.id, matchingPair.menteeForPair.id]);
    });

    it("leaves out a response about another pair", () => {
      const responseIds = ofType(records, "survey_answer").map((record) => record.survey_response_id);

      expect(responseIds).not.toContain(matchingPair.menteeForOtherPair.id);
    });

    it("shares options of same-prompt questions in the mentor's order", () => {
      const actual = ofType(records, "common_ground").map((record) => [record.common_ground_kind, record.label, record.value]);

      expect(actual).toEqual([
        ["CHARACTERISTIC", matchingPair.prompt, "Music"],
        ["CHARACTERISTIC", matchingPair.prompt, "Art"],
      ]);
    });
  });

  describe("permissions", () => {
    it("leaves contact details empty for an analyst", async () => {
      const records = await downloadRecords(planted.mentorship.id, planted.analyst);

      const mentorRow = ofType(records, "participant").find((record) => record.participant_role === "MENTOR") as CsvRecord;
      expect(mentorRow.email).toBe("");
      expect(mentorRow.phone).toBe("");
    });

    it("leaves flag resolution notes empty for an analyst", async () => {
      const records = await downloadRecords(planted.mentorship.id, planted.analyst);

      const notes = ofType(records, "priority_flag").map((record) => record.resolution_note);
      expect(notes).toEqual(["", "", ""]);
    });

    it.each(["admin", "analyst"] as const)("fills contact details as the field policy allows the %s", async (name) => {
      const viewer = planted[name];
      const readable = canRead(viewer, FieldGroup.CONTACT_DETAILS);

      const records = await downloadRecords(planted.mentorship.id, viewer);

      const contacts = ofType(records, "participant").map((record) => [restore(record.email), restore(record.phone)]);
      const expected = [planted.mentor, planted.mentee].map((person) => (readable ? [cellOf(person.email), cellOf(person.phone)] : ["", ""]));
      expect(contacts).toEqual(expected);
    });

    it.each(["admin", "analyst"] as const)("fills flag notes as the field policy allows the %s", async (name) => {
      const viewer = planted[name];
      const readable = canRead(viewer, FieldGroup.FLAG_NOTES);

      const records = await downloadRecords(planted.mentorship.id, viewer);

      const notes = ofType(records, "priority_flag").map((record) => restore(record.resolution_note));
      expect(notes).toEqual(planted.flags.map((flag) => (readable ? cellOf(flag.resolutionNote) : "")));
    });
  });

  describe("statements", () => {
    async function countStatements(mentorshipId: string): Promise<number> {
      const scope = new TenantScope(database.dataSource, planted.program.partnerId);

      return runWithRequestContext(newId("mentorship"), async () => {
        await loadMentorshipExport(scope, mentorshipId);

        return currentRequestContext()?.sqlStatements ?? -1;
      });
    }

    it("runs as many statements for a busy pair as for a quiet one", async () => {
      const busy = await countStatements(planted.mentorship.id);
      const quiet = await countStatements(quietMentorship.id);

      expect(busy).toBe(quiet);
      expect(busy).toBe(18);
    });
  });

  describe("errors", () => {
    it("rejects a request without a session with 401", async () => {
      const response = await download(planted.mentorship.id, null);

      expect(response.status).toBe(401);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("UNAUTHENTICATED");
    });

    it("rejects a malformed id with 400 naming the id", async () => {
      const response = await download("mtr_not-an-id");

      const body = (await response.json()) as ErrorBody;
      expect(response.status).toBe(400);
      expect(body.error.code).toBe("BAD_USER_INPUT");
      expect(body.error.argumentName).toBe("id");
    });

    it("rejects an id of another kind with 400", async () => {
      const response = await download(planted.mentor.id);

      expect(response.status).toBe(400);
    });

    it("answers a missing id with 404 NOT_FOUND", async () => {
      const response = await download(newId("mentorship"));

      const body = (await response.json()) as ErrorBody;
      expect(response.status).toBe(404);
      expect(body.error.code).toBe("NOT_FOUND");
    });

    it("answers another partner's id exactly like a missing id", async () => {
      const foreign = await download(foreignMentorship.id);
      const missing = await download(newId("mentorship"));

      expect(foreign.status).toBe(missing.status);
      expect(await foreign.text()).toBe(await missing.text());
      expect(foreign.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    });
  });
});

/** Plants a pair whose texts contain every awkward case a spreadsheet export must survive. */
async function plantRichMentorship({ dataSource }: TestDatabase): Promise<PlantedMentorship> {
  const partner = await plantPartner(dataSource, { name: "Acme College" });
  const program = await plantProgram(dataSource, partner, { name: 'Bridges, "First-Year" Mentoring' });
  const admin = await plantStaffUser(dataSource, partner, { displayName: "Avery Admin" });
  const analyst = await plantStaffUser(dataSource, partner, { displayName: "Ana Analyst", role: StaffRole.ANALYST });
  const assignee = await plantStaffUser(dataSource, partner, { displayName: "Dana Ortiz, MSW" });

  const mentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR, {
    externalId: "M-001",
    firstName: "Андрей",
    lastName: "王小明",
    preferredName: "=Andy",
    pronouns: "he/him",
    pictureUrl: "https://cdn.example.edu/p/1.png?size=64,64",
    email: "andrey@example.edu",
    phone: "+15555550123",
    gender: "-",
    raceEthnicity: 'Asian, "East Asian"',
    firstGeneration: true,
    graduationYear: 2010,
    fieldOfStudyOrWork: "@Engineering",
  });
  const mentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE, {
    externalId: "S-2042",
    firstName: "Zoë",
    lastName: "O'Brien-Nakamura",
    pronouns: "they/them",
    phone: "555 0100",
    firstGeneration: false,
    graduationYear: 2028,
    fieldOfStudyOrWork: "Biology\nand Chemistry",
  });
  const mentorship = await plantMentorship(dataSource, program, mentor, mentee, { externalId: "PAIR-0001", matchedOn: "2025-09-01" });

  const residence = await plantAttributeDefinition(dataSource, program, { key: "residence", label: "Residence hall", comparable: true, position: 1 });
  const gpaChange = await plantAttributeDefinition(dataSource, program, {
    key: "gpa_change",
    label: "GPA change",
    valueType: CustomAttributeValueType.NUMBER,
    position: 2,
  });
  const pell = await plantAttributeDefinition(dataSource, program, {
    key: "pell",
    label: "Pell eligible",
    valueType: CustomAttributeValueType.BOOLEAN,
    position: 3,
  });
  const advisor = await plantAttributeDefinition(dataSource, program, { key: "advisor", label: "Advisor", identifying: true, position: 4 });
  const club = await plantAttributeDefinition(dataSource, program, { key: "club", label: "Club", comparable: true, position: 5 });
  const customAttributes = [
    { owner: mentor, definition: residence, value: 'Hall, "North"' },
    { owner: mentor, definition: gpaChange, value: "-3" },
    { owner: mentor, definition: club, value: "Chess" },
    { owner: mentee, definition: residence, value: 'Hall, "North"' },
    { owner: mentee, definition: gpaChange, value: "3.50" },
    { owner: mentee, definition: pell, value: "true" },
    { owner: mentee, definition: advisor, value: '=HYPERLINK("http://evil.example","x")' },
    { owner: mentee, definition: club, value: "chess" },
  ];
  for (const { owner, definition, value } of customAttributes) {
    await plantAttributeValue(dataSource, owner, definition, value);
  }

  await plantLifeExperiences(dataSource, mentor, [LifeExperience.VETERAN, LifeExperience.WORKED_WHILE_STUDYING, LifeExperience.FIRST_GENERATION_STUDENT]);
  await plantLifeExperiences(dataSource, mentee, [LifeExperience.PARENT, LifeExperience.FIRST_GENERATION_STUDENT, LifeExperience.WORKED_WHILE_STUDYING]);
  await plantGoals(dataSource, mentee, ["Explore careers", 'Build a network, "fast"', "+Graduate on time"]);

  const responses = await plantSurveyResponses(dataSource, program, mentorship, mentor, mentee);
  const postSessionResponse = responses.find(({ response }) => response.surveyType === SurveyType.POST_SESSION)?.response ?? null;

  const conversations = [
    await plantConversation(dataSource, mentorship, {
      occurredAt: new Date("2026-03-01T23:58:00.000Z"),
      source: ConversationSource.POST_SESSION_SURVEY,
      surveyResponseId: postSessionResponse?.id ?? null,
      topics: ["Careers, jobs", '"Quotes"', "=formula topic"],
      durationMinutes: 45,
    }),
    await plantConversation(dataSource, mentorship, {
      occurredAt: new Date("2026-02-15T10:00:00.000Z"),
      medium: ConversationMedium.PHONE,
      durationMinutes: null,
      loggedByRole: ParticipantRole.MENTEE,
    }),
    await plantConversation(dataSource, mentorship, {
      occurredAt: new Date("2026-01-10T18:30:00.000Z"),
      medium: ConversationMedium.TEXT_OR_EMAIL,
      source: ConversationSource.BACKFILL,
      loggedByRole: null,
    }),
    await plantConversation(dataSource, mentorship, {
      occurredAt: new Date("2025-12-01T16:00:00.000Z"),
      medium: ConversationMedium.IN_PERSON,
      topics: ["Study plan"],
    }),
  ];

  const basicNeeds = await plantFlagCategory(dataSource, program, { key: "basic_needs", label: "Basic needs (housing, food)" });
  const mentalHealth = await plantFlagCategory(dataSource, program, { key: "mental_health", label: "Mental health" });
  const flags = [
    await plantFlag(dataSource, mentorship, basicNeeds, {
      urgent: true,
      description: 'She said "I can\'t pay rent",\nand asked for help.',
      reportedAt: new Date("2026-02-16T08:30:00.000Z"),
    }),
    await plantFlag(dataSource, mentorship, mentalHealth, {
      status: FlagStatus.IN_PROGRESS,
      description: "=cmd|' /C calc'!A0",
      reportedAt: new Date("2026-02-20T08:30:00.000Z"),
      firstResponseAt: new Date("2026-02-20T12:00:00.000Z"),
      assigneeId: assignee.id,
    }),
    await plantFlag(dataSource, mentorship, basicNeeds, {
      status: FlagStatus.RESOLVED,
      description: "Food insecurity",
      reportedAt: new Date("2026-02-25T08:30:00.000Z"),
      firstResponseAt: new Date("2026-02-25T09:00:00.000Z"),
      resolvedAt: new Date("2026-02-27T17:00:00.000Z"),
      assigneeId: assignee.id,
      resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED,
      resolutionNote: '-Referred to the food pantry, "Campus Cupboard"',
    }),
  ];

  // Planting goals, life experiences and attribute values gave both participants a new updatedAt.
  for (const participant of [mentor, mentee]) {
    Object.assign(participant, await dataSource.getRepository(Participant).findOneByOrFail({ id: participant.id }));
  }

  return {
    program,
    mentorship,
    mentor,
    mentee,
    admin,
    analyst,
    assignee,
    conversations,
    responses,
    flags,
    customAttributes: customAttributes.map(({ owner, definition, value }) => ({ owner, key: definition.key, label: definition.label, value })),
  };
}

/** Plants matching, assessment and post-session responses of both participants. */
async function plantSurveyResponses(
  dataSource: TestDatabase["dataSource"],
  program: Program,
  mentorship: Mentorship,
  mentor: Participant,
  mentee: Participant,
): Promise<PlantedMentorship["responses"]> {
  const matching = await plantSurvey(dataSource, program, SurveyType.MATCHING, { title: "Matching, 2025" });
  const interests = await plantQuestion(dataSource, matching, {
    position: 1,
    prompt: "Interests, hobbies",
    kind: QuestionKind.MULTIPLE_CHOICE,
    comparable: true,
    options: ["Music", "Chess", "Hiking", "Art"],
  });
  const meetingFrequency = await plantQuestion(dataSource, matching, {
    position: 2,
    prompt: "How often do you want to meet?",
    kind: QuestionKind.SINGLE_CHOICE,
    options: ["Weekly", "Monthly"],
  });
  const language = await plantQuestion(dataSource, matching, {
    position: 3,
    prompt: "Preferred language",
    kind: QuestionKind.SINGLE_CHOICE,
    comparable: true,
    options: ["English", "Español"],
  });

  const assessment = await plantSurvey(dataSource, program, SurveyType.ASSESSMENT, { title: "Assessment, spring", wave: "Baseline" });
  const belonging = await plantQuestion(dataSource, assessment, {
    position: 1,
    prompt: "I feel I belong here.",
    kind: QuestionKind.LIKERT,
    area: "Sense of belonging",
    highlight: true,
  });
  const hoursChange = await plantQuestion(dataSource, assessment, { position: 2, prompt: "Change in weekly study hours", kind: QuestionKind.NUMBER });
  const startDate = await plantQuestion(dataSource, assessment, { position: 3, prompt: "When did you start?", kind: QuestionKind.DATE });
  const anythingElse = await plantQuestion(dataSource, assessment, { position: 4, prompt: "Anything else?", kind: QuestionKind.OPEN_TEXT });

  const postSession = await plantSurvey(dataSource, program, SurveyType.POST_SESSION, { title: "After your session" });
  const rating = await plantQuestion(dataSource, postSession, { position: 1, prompt: "Rate the session", kind: QuestionKind.RATING, required: true });
  const discussed = await plantQuestion(dataSource, postSession, { position: 2, prompt: "What did you discuss?", kind: QuestionKind.OPEN_TEXT });
  const concerns = await plantQuestion(dataSource, postSession, { position: 3, prompt: "Anything to flag?", kind: QuestionKind.OPEN_TEXT });

  const plan: Array<[typeof matching, Participant, string, Array<[SurveyQuestion, AnswerValue]>]> = [
    [postSession, mentor, "2026-03-01T23:59:30.000Z", [[rating, { number: 5 }], [discussed, { text: "=1+1" }], [concerns, { text: "-minus start" }]]],
    [
      matching,
      mentor,
      "2025-08-20T10:00:00.000Z",
      [[interests, { choices: ["Music", "Chess", "Hiking"] }], [meetingFrequency, { choices: ["Weekly"] }], [language, { choices: ["Español"] }]],
    ],
    [
      matching,
      mentee,
      "2025-08-21T10:00:00.000Z",
      [[interests, { choices: ["Hiking", "Chess", "Art"] }], [meetingFrequency, { choices: ["Weekly"] }], [language, { choices: ["English"] }]],
    ],
    [
      assessment,
      mentee,
      "2025-09-15T14:00:00.000Z",
      [[belonging, { number: 4 }], [hoursChange, { number: -3.5 }], [startDate, { date: "2026-02-28" }], [anythingElse, { text: LONG_TEXT }]],
    ],
    [postSession, mentee, "2026-02-15T10:30:00.000Z", [[rating, { number: 4 }], [discussed, { text: "+plus start" }], [concerns, { text: "@mention start" }]]],
    [postSession, mentee, "2026-02-20T10:30:00.000Z", [[rating, { number: 3 }]]],
  ];

  const planted: PlantedMentorship["responses"] = [];
  for (const [survey, respondent, submittedAt, answers] of plan) {
    const response = await plantResponse(dataSource, survey, respondent, mentorship, new Date(submittedAt), answers);
    planted.push({ response, answers });
  }

  return planted;
}

/** Plants a second pair of the same program with a little activity, which must not leak into the first. */
async function plantQuietMentorship({ dataSource }: TestDatabase, program: Program): Promise<Mentorship> {
  const mentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
  const mentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE);
  await plantLifeExperiences(dataSource, mentee, [LifeExperience.FIRST_GENERATION_STUDENT]);
  const mentorship = await plantMentorship(dataSource, program, mentor, mentee, { matchedOn: "2026-01-05" });
  await plantConversation(dataSource, mentorship, { occurredAt: new Date("2026-04-01T10:00:00.000Z") });
  await plantFlag(dataSource, mentorship, await plantFlagCategory(dataSource, program, { key: "other" }));

  return mentorship;
}

interface PlantedMatchingPair {
  mentorship: Mentorship;
  prompt: string;
  mentorBeforeMatch: SurveyResponse;
  menteeForPair: SurveyResponse;
  menteeForOtherPair: SurveyResponse;
}

/**
 * Plants a pair whose mentor and mentee answered separate matching surveys that ask the same
 * comparable question. The mentor answered before the match and the mentee about this pair.
 * The mentee's earlier response about another pair must count for neither the file nor the
 * common ground.
 */
async function plantMatchingSurveyPair({ dataSource }: TestDatabase, program: Program): Promise<PlantedMatchingPair> {
  const prompt = "Which hobbies do you enjoy?";
  const mentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
  const mentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE);
  const otherMentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
  const otherPair = await plantMentorship(dataSource, program, otherMentor, mentee, { matchedOn: "2025-02-01" });
  const mentorship = await plantMentorship(dataSource, program, mentor, mentee, { matchedOn: "2025-10-01" });

  const mentorSurvey = await plantSurvey(dataSource, program, SurveyType.MATCHING, { title: "Mentor matching" });
  const mentorHobbies = await plantQuestion(dataSource, mentorSurvey, { position: 1, prompt, kind: QuestionKind.MULTIPLE_CHOICE, comparable: true });
  const menteeSurvey = await plantSurvey(dataSource, program, SurveyType.MATCHING, { title: "Mentee matching" });
  const menteeHobbies = await plantQuestion(dataSource, menteeSurvey, { position: 1, prompt, kind: QuestionKind.MULTIPLE_CHOICE, comparable: true });

  const menteeForOtherPair = await plantResponse(dataSource, menteeSurvey, mentee, otherPair, new Date("2025-01-20T10:00:00.000Z"), [
    [menteeHobbies, { choices: ["Chess"] }],
  ]);
  const mentorBeforeMatch = await plantResponse(dataSource, mentorSurvey, mentor, null, new Date("2025-09-20T10:00:00.000Z"), [
    [mentorHobbies, { choices: ["Music", "Chess", "Art"] }],
  ]);
  const menteeForPair = await plantResponse(dataSource, menteeSurvey, mentee, mentorship, new Date("2025-09-21T10:00:00.000Z"), [
    [menteeHobbies, { choices: ["Art", "Music", "Hiking"] }],
  ]);

  return { mentorship, prompt, mentorBeforeMatch, menteeForPair, menteeForOtherPair };
}

async function plantForeignMentorship({ dataSource }: TestDatabase): Promise<Mentorship> {
  const partner = await plantPartner(dataSource, { name: "Other University" });
  const program = await plantProgram(dataSource, partner);
  const mentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
  const mentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE);

  return plantMentorship(dataSource, program, mentor, mentee);
}
