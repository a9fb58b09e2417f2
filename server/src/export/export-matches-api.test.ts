import { parse } from "csv-parse/sync";
import { StaffUser } from "../auth/staff-user.entity";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { MENTORSHIP_DETAILS_QUERY, detailsVariables } from "../test-support/details-query";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

type CsvRecord = Record<string, string>;

interface DetailsData {
  mentorship: {
    conversationCount: number;
    lastConversationAt: string | null;
    priorityFlagCount: number;
    openPriorityFlagCount: number;
    menteeGoals: string[];
    commonGround: Array<{ kind: string; label: string; value: string | null }>;
    surveyResponses: Array<{ id: string }>;
    priorityFlags: Array<{ id: string }>;
  };
}

const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

/** Undoes the export's formula neutralization: one leading quote before a formula trigger. */
function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGERS.includes(cell.charAt(1)) ? cell.slice(1) : cell;
}

function ofType(records: CsvRecord[], recordType: string): CsvRecord[] {
  return records.filter((record) => record.record_type === recordType);
}

const { northfield, hardCasePair, unmatchedPair, emptyPair, largePair } = DEMO_FIXTURES;

const PAIRS: Array<[string, string]> = [
  ["hard-case pair", hardCasePair.mentorshipId],
  ["unmatched pair", unmatchedPair.mentorshipId],
  ["empty pair", emptyPair.mentorshipId],
  ["large pair", largePair.mentorshipId],
];

/** The CSV download and the details page's query must count the demo pairs the same way. */
describe("CSV export against the API", () => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDatabase(server.dataSource, { scale: 0.05 });
    admin = server.signIn(await server.dataSource.getRepository(StaffUser).findOneByOrFail({ id: northfield.adminId }));
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  async function fetchDetails(mentorshipId: string): Promise<DetailsData["mentorship"]> {
    // Every response, oldest first, and flags oldest first: the export's order.
    const variables = detailsVariables(mentorshipId, {
      responseFilter: { highlightsOnly: false },
      responseSort: { field: "SUBMITTED_AT", direction: "ASC" },
      flagSort: { field: "REPORTED_AT", direction: "ASC" },
    });
    const result = await admin.graphql<DetailsData>(MENTORSHIP_DETAILS_QUERY, variables);
    if (result.body.errors || !result.body.data) {
      throw new Error(`The details query failed for ${mentorshipId}: ${JSON.stringify(result.body.errors)}`);
    }

    return result.body.data.mentorship;
  }

  async function downloadRecords(mentorshipId: string): Promise<CsvRecord[]> {
    const response = await fetch(`${server.baseUrl}/export/mentorships/${mentorshipId}.csv`, { headers: { cookie: admin.cookie ?? "" } });
    if (response.status !== 200) {
      throw new Error(`The export of ${mentorshipId} failed with status ${response.status}: ${await response.text()}`);
    }

    return parse(await response.text(), { bom: true, columns: true, record_delimiter: "\r\n" }) as CsvRecord[];
  }

  describe.each(PAIRS)("for the %s", (_name, mentorshipId) => {
    let api: DetailsData["mentorship"];
    let records: CsvRecord[];
    let mentorshipRow: CsvRecord;

    beforeAll(async () => {
      [api, records] = await Promise.all([fetchDetails(mentorshipId), downloadRecords(mentorshipId)]);
      [mentorshipRow] = ofType(records, "mentorship");
    });

    it("exports the conversation count", () => {
      expect(Number(mentorshipRow.conversation_count)).toBe(api.conversationCount);
    });

    it("exports the last conversation", () => {
      expect(mentorshipRow.last_conversation_at || null).toBe(api.lastConversationAt);
    });

    it("exports the flag counts", () => {
      expect(Number(mentorshipRow.priority_flag_count)).toBe(api.priorityFlagCount);
      expect(Number(mentorshipRow.open_priority_flag_count)).toBe(api.openPriorityFlagCount);
    });

    it("exports the mentee's goals", () => {
      const goals = ofType(records, "goal")
        .filter((record) => record.participant_role === "MENTEE")
        .map((record) => restore(record.value));

      expect(goals).toEqual(api.menteeGoals);
    });

    it("exports the common ground", () => {
      const commonGround = ofType(records, "common_ground").map((record) => ({
        kind: record.common_ground_kind,
        label: restore(record.label),
        value: record.common_ground_kind === "LIFE_EXPERIENCE" ? null : restore(record.value),
      }));

      expect(commonGround).toEqual(api.commonGround);
    });

    it("exports one record per conversation counted", () => {
      expect(ofType(records, "conversation")).toHaveLength(api.conversationCount);
    });

    it("exports the survey responses of the pair", () => {
      const responseIds = [...new Set(ofType(records, "survey_answer").map((record) => record.survey_response_id))];

      expect(responseIds).toEqual(api.surveyResponses.map((response) => response.id));
    });

    it("exports the priority flags of the pair", () => {
      const flagIds = ofType(records, "priority_flag").map((record) => record.flag_id);

      expect(flagIds).toEqual(api.priorityFlags.map((flag) => flag.id));
      expect(flagIds).toHaveLength(api.priorityFlagCount);
    });
  });
});
