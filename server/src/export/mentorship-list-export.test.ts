import { parse } from "csv-parse/sync";
import { StaffRole } from "../auth/staff-role.enum";
import type { StaffUser } from "../auth/staff-user.entity";
import { TenantScope } from "../common/tenant-scope";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Program } from "../partner/program.entity";
import { MentorshipStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";
import { parseMentorshipListExportQuery } from "./mentorship-list-export.params";
import { readMentorshipListExport } from "./mentorship-list-export.service";

type CsvRecord = Record<string, string>;

const DAY_MS = 24 * 60 * 60 * 1000;

const LIST_QUERY = /* GraphQL */ `
  query ListPage($first: Int, $after: String, $filter: MentorshipFilter, $sort: MentorshipSort) {
    mentorships(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          matchedOn
          program {
            name
          }
          mentor {
            id
            displayName
          }
          mentee {
            id
            displayName
          }
          lastConversationAt
          conversationCount
          priorityFlagCount
          openPriorityFlagCount
        }
      }
    }
  }
`;

interface ListNode {
  id: string;
  status: string;
  matchedOn: string;
  program: { name: string };
  mentor: { id: string; displayName: string };
  mentee: { id: string; displayName: string };
  lastConversationAt: string | null;
  conversationCount: number;
  priorityFlagCount: number;
  openPriorityFlagCount: number;
}

interface ListPage {
  mentorships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: ListNode }> };
}

interface ErrorBody {
  error: { code: string; message: string; argumentName?: string };
}

/** Returns the CSV cells the export writes for a row of the GraphQL list. */
function expectedRecord(node: ListNode): CsvRecord {
  return {
    mentorship_id: node.id,
    program: node.program.name,
    status: node.status,
    date_matched: node.matchedOn,
    mentor_id: node.mentor.id,
    mentor_name: node.mentor.displayName,
    mentee_id: node.mentee.id,
    mentee_name: node.mentee.displayName,
    last_conversation_at: node.lastConversationAt ?? "",
    conversation_count: String(node.conversationCount),
    priority_flag_count: String(node.priorityFlagCount),
    open_priority_flag_count: String(node.openPriorityFlagCount),
  };
}

function listColumns(record: CsvRecord): CsvRecord {
  const { mentorship_external_id: _external, program_id: _program, date_unmatched: _unmatched, mentor_email: _mentorEmail, mentee_email: _menteeEmail, ...rest } = record;

  return rest;
}

describe("GET /export/mentorships.csv", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let secondProgram: Program;
  let admin: StaffUser;
  let analyst: StaffUser;
  let adminClient: GraphQLClient;
  let foreignMentorship: Mentorship;
  let foreignProgram: Program;
  let injected: Mentorship;

  beforeAll(async () => {
    server = await startTestServer();
    const { factory } = server;
    setup = await createProgramSetup(factory, await factory.partner());
    secondProgram = await factory.program(setup.partner, { name: "Career Bridge" });
    admin = setup.staff;
    analyst = await factory.staffUser(setup.partner, { role: StaffRole.ANALYST });
    adminClient = server.signIn(admin);

    const names = ["Alvarez", "Brown", "Chen", "Durand", "Eze", "Fischer", "García", "Haddad", "Ito", "Jones", "Kowalski", "Lee", "Møller"];
    for (const [index, lastName] of names.entries()) {
      const program = index % 3 === 0 ? secondProgram : setup.program;
      const mentorship = await factory.mentorship(
        program,
        await factory.mentor(program, { lastName: `${lastName}-Mentor`, email: `mentor-${index}@example.edu` }),
        await factory.mentee(program, { lastName, firstName: index === 4 ? "Zoë" : `Given${index}` }),
        {
          status: index % 4 === 0 ? MentorshipStatus.UNMATCHED : MentorshipStatus.MATCHED,
          matchedOn: `2024-0${1 + (index % 9)}-1${index % 7}`,
          unmatchedOn: index % 4 === 0 ? "2024-12-01" : null,
        },
      );
      for (let count = 0; count < index % 3; count += 1) {
        await factory.conversation(mentorship, { occurredAt: new Date(Date.now() - (index * 10 + count) * DAY_MS) });
      }
      if (index % 2 === 1) {
        await factory.flag(mentorship, setup.categories.wellbeing, { status: index % 5 === 1 ? "RESOLVED" : "OPEN" } as never);
      }
    }
    injected = await factory.mentorship(
      setup.program,
      await factory.mentor(setup.program, { firstName: "=HYPERLINK(\"http://example.com\")", lastName: "Attacker" }),
      await factory.mentee(setup.program, { firstName: "@SUM(1)", lastName: "+Plus" }),
      { matchedOn: "2023-01-01" },
    );

    const other = await createProgramSetup(factory, await factory.partner(), "Other Partner Program");
    foreignProgram = other.program;
    foreignMentorship = await factory.mentorship(other.program, await factory.mentor(other.program), await factory.mentee(other.program), { matchedOn: "2024-05-05" });
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  function download(query: string, viewer: StaffUser | null = admin): Promise<Response> {
    const cookie = viewer ? server.signIn(viewer).cookie : undefined;

    return fetch(`${server.baseUrl}/export/mentorships.csv${query}`, { headers: cookie ? { cookie } : {} });
  }

  async function downloadRecords(query: string, viewer: StaffUser = admin): Promise<CsvRecord[]> {
    const response = await download(query, viewer);
    expect(response.status).toBe(200);

    return parse(await response.text(), { bom: true, columns: true, record_delimiter: "\r\n" }) as CsvRecord[];
  }

  async function listAllPages(variables: Record<string, unknown>): Promise<ListNode[]> {
    const nodes: ListNode[] = [];
    let after: string | null = null;
    do {
      const result = await adminClient.graphql<ListPage>(LIST_QUERY, { ...variables, first: 4, after });
      expect(result.body.errors).toBeUndefined();
      const page: ListPage["mentorships"] = result.body.data!.mentorships;
      nodes.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    return nodes;
  }

  describe("matches the GraphQL list across pages", () => {
    const cases: Array<[string, string, () => Record<string, unknown>]> = [
      ["no filter", "", () => ({})],
      ["sort by mentee name", "?sort=MENTEE_NAME&direction=ASC", () => ({ sort: { field: "MENTEE_NAME", direction: "ASC" } })],
      ["sort by last conversation", "?sort=LAST_CONVERSATION_AT", () => ({ sort: { field: "LAST_CONVERSATION_AT", direction: "DESC" } })],
      ["status", "?statuses=MATCHED", () => ({ filter: { statuses: ["MATCHED"] } })],
      ["program", `?programIds=${"SECOND"}`, () => ({ filter: { programIds: [secondProgram.id] } })],
      ["date range", "?matchedFrom=2024-02-01&matchedTo=2024-06-30", () => ({ filter: { matchedFrom: "2024-02-01", matchedTo: "2024-06-30" } })],
      ["open flags", "?hasOpenPriorityFlags=true&sort=FLAG_COUNT", () => ({ filter: { hasOpenPriorityFlags: true }, sort: { field: "FLAG_COUNT", direction: "DESC" } })],
      ["no open flags", "?hasOpenPriorityFlags=false", () => ({ filter: { hasOpenPriorityFlags: false } })],
      ["quiet pairs", "?noConversationForDays=30&sort=CONVERSATION_COUNT&direction=ASC", () => ({ filter: { noConversationForDays: 30 }, sort: { field: "CONVERSATION_COUNT", direction: "ASC" } })],
      ["name search", "?search=zoe", () => ({ filter: { search: "zoe" } })],
      ["combined", "?statuses=MATCHED,UNMATCHED&matchedFrom=2024-01-01&search=mentor&sort=PROGRAM_NAME", () => ({
        filter: { statuses: ["MATCHED", "UNMATCHED"], matchedFrom: "2024-01-01", search: "mentor" },
        sort: { field: "PROGRAM_NAME", direction: "DESC" },
      })],
    ];

    it.each(cases)("with %s", async (_name, query, variables) => {
      const resolvedQuery = query.replace("SECOND", secondProgram.id);

      const [records, nodes] = await Promise.all([downloadRecords(resolvedQuery), listAllPages(variables())]);

      expect(records.map((record) => listColumns(record)).map((record) => ({ ...record, mentor_name: restore(record.mentor_name), mentee_name: restore(record.mentee_name) }))).toEqual(
        nodes.map(expectedRecord),
      );
    });

    it("exports more rows than one GraphQL page", async () => {
      const records = await downloadRecords("");

      expect(records).toHaveLength(14);
    });
  });

  describe("batches", () => {
    it("reads the same rows in small batches as in one", async () => {
      const scope = new TenantScope(server.dataSource, setup.partner.id);
      const query = await parseMentorshipListExportQuery({ sort: "MENTOR_NAME" });

      const small: string[] = [];
      let batchCount = 0;
      for await (const batch of readMentorshipListExport(scope, query, 3)) {
        small.push(...batch.map((row) => row.mentorship.id));
        batchCount += 1;
      }
      const whole: string[] = [];
      for await (const batch of readMentorshipListExport(scope, query, 100)) {
        whole.push(...batch.map((row) => row.mentorship.id));
      }

      expect(small).toEqual(whole);
      expect(whole).toHaveLength(14);
      expect(batchCount).toBe(5);
    });
  });

  describe("file", () => {
    it("is a UTF-8 CSV attachment with a byte order mark and CRLF", async () => {
      const response = await download("?statuses=MATCHED");

      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mentorships-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").split("\r\n")[0]).toBe(
        '\uFEFF"mentorship_id","mentorship_external_id","program_id","program","status","date_matched","date_unmatched","mentor_id","mentor_name","mentor_email","mentee_id","mentee_name","mentee_email","last_conversation_at","conversation_count","priority_flag_count","open_priority_flag_count"',
      );
      expect(bytes.toString("utf8").replaceAll("\r\n", "")).not.toContain("\n");
    });

    it("writes only the header when nothing matches", async () => {
      const response = await download("?search=nobody-has-this-name");

      expect((await response.text()).split("\r\n")).toHaveLength(1);
    });

    it("neutralizes text that starts like a formula", async () => {
      const records = await downloadRecords("?matchedTo=2023-12-31");

      expect(records.map((record) => [record.mentorship_id, record.mentor_name, record.mentee_name])).toEqual([
        [injected.id, "'=HYPERLINK(\"http://example.com\") Attacker", "'@SUM(1) +Plus"],
      ]);
    });
  });

  describe("access", () => {
    it("leaves out another partner's mentorships", async () => {
      const records = await downloadRecords("");

      expect(records.map((record) => record.mentorship_id)).not.toContain(foreignMentorship.id);
    });

    it("finds nothing through another partner's program", async () => {
      const records = await downloadRecords(`?programIds=${foreignProgram.id}`);

      expect(records).toEqual([]);
    });

    it("fills email addresses for an admin", async () => {
      const records = await downloadRecords("?search=Alvarez");

      expect(records.map((record) => record.mentor_email)).toEqual(["mentor-0@example.edu"]);
    });

    it("leaves email addresses empty for an analyst", async () => {
      const records = await downloadRecords("", analyst);

      expect(records.every((record) => record.mentor_email === "" && record.mentee_email === "")).toBe(true);
      expect(records).toHaveLength(14);
    });

    it("rejects a request without a session with 401", async () => {
      const response = await download("", null);

      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("bad parameters", () => {
    it.each([
      ["an unknown status", "?statuses=ACTIVE", "statuses"],
      ["a malformed program id", "?programIds=prg_123", "programIds"],
      ["an impossible date", "?matchedFrom=2024-02-30", "matchedFrom"],
      ["a date range that ends before it starts", "?matchedFrom=2024-05-01&matchedTo=2024-04-01", "matchedTo"],
      ["a quiet period of zero days", "?noConversationForDays=0", "noConversationForDays"],
      ["a quiet period that is not a number", "?noConversationForDays=ten", "noConversationForDays"],
      ["a flag condition that is not a boolean", "?hasOpenPriorityFlags=yes", "hasOpenPriorityFlags"],
      ["a search over 100 characters", `?search=${"a".repeat(101)}`, "search"],
      ["an unknown sort field", "?sort=NAME", "sort"],
      ["an unknown direction", "?direction=UP", "direction"],
      ["a repeated single parameter", "?search=a&search=b", "search"],
      ["an unknown parameter", "?status=MATCHED", "status"],
    ])("rejects %s with 400", async (_case, query, parameter) => {
      const response = await download(query);

      const body = (await response.json()) as ErrorBody;
      expect(response.status).toBe(400);
      expect(body.error.code).toBe("BAD_USER_INPUT");
      expect(body.error.argumentName).toBe(parameter);
    });
  });
});

/** Undoes the export's formula neutralization: one leading quote before a formula trigger. */
function restore(cell: string): string {
  return cell.startsWith("'") && ["=", "+", "-", "@", "\t", "\r"].includes(cell.charAt(1)) ? cell.slice(1) : cell;
}
