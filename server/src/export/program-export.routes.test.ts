import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { createApp, type App } from "../app";
import { SESSION_COOKIE } from "../auth/authenticate.middleware";
import { signSessionToken } from "../auth/session-token";
import { StaffUser } from "../auth/staff-user.entity";
import { logger } from "../common/logger";
import { Conversation } from "../conversation/conversation.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";

const SECRET = "program-export-test-secret-0123456789abcdef";
/** One mentorship per batch gives the demo program many batches, so that batch boundaries are crossed. */
const BATCH_SIZE = 1;
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

type CsvRecord = Record<string, string>;

interface ErrorBody {
  error: { code: string; message: string; argumentName?: string };
}

const { northfield, otherPartner } = DEMO_FIXTURES;
const PROGRAM_ID = northfield.firstYearProgramId;

describe("GET /export/programs/:id.csv", () => {
  let database: TestDatabase;
  let app: App;
  let server: Server;
  let baseUrl: string;
  let admin: StaffUser;
  let analyst: StaffUser;
  let adminBody: string;
  let records: CsvRecord[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.dataSource, { scale: 0.05 });
    app = await createApp({ dataSource: database.dataSource, sessionSecret: SECRET, programExportBatchSize: BATCH_SIZE });
    server = app.express.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const users = database.dataSource.getRepository(StaffUser);
    admin = await users.findOneByOrFail({ id: northfield.adminId });
    analyst = await users.findOneByOrFail({ id: northfield.analystId });
    adminBody = await (await download(PROGRAM_ID, admin)).text();
    records = parseCsv(adminBody);
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await database.destroy();
  });

  function cookieOf(viewer: StaffUser): string {
    return `${SESSION_COOKIE}=${encodeURIComponent(signSessionToken(viewer.id, SECRET))}`;
  }

  function download(programId: string, viewer: StaffUser | null): Promise<Response> {
    return fetch(`${baseUrl}/export/programs/${programId}.csv`, { headers: viewer ? { cookie: cookieOf(viewer) } : {} });
  }

  function parseCsv(body: string): CsvRecord[] {
    // record_delimiter makes the parser fail on a bare LF between records.
    return parse(body, { bom: true, columns: true, record_delimiter: "\r\n" }) as CsvRecord[];
  }

  function ofType(recordType: string, from: CsvRecord[] = records): CsvRecord[] {
    return from.filter((record) => record.record_type === recordType);
  }

  describe("file", () => {
    it("is a UTF-8 CSV attachment named after the program id", async () => {
      const response = await download(PROGRAM_ID, admin);
      await response.arrayBuffer();

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="program-${PROGRAM_ID}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    });

    it("equals the one-pair exports of its mentorships, in id order", async () => {
      const mentorshipIds = ofType("mentorship").map((record) => record.mentorship_id);
      const pairBodies = await Promise.all(
        mentorshipIds.map(async (id) => (await fetch(`${baseUrl}/export/mentorships/${id}.csv`, { headers: { cookie: cookieOf(admin) } })).text()),
      );
      const [header] = pairBodies[0].split("\r\n");
      const pairRows = pairBodies.map((body) => body.split("\r\n").slice(1).join("\r\n"));

      expect(mentorshipIds).toEqual([...mentorshipIds].sort());
      expect(adminBody).toBe([header, ...pairRows].join("\r\n"));
    });
  });

  describe("rows", () => {
    it("has one mentorship row per mentorship of the program", async () => {
      const stored = await database.dataSource.getRepository(Mentorship).countBy({ programId: PROGRAM_ID });

      expect(ofType("mentorship")).toHaveLength(stored);
      expect(stored).toBeGreaterThan(BATCH_SIZE * 2);
    });

    it("has two participant rows per mentorship", () => {
      expect(ofType("participant")).toHaveLength(2 * ofType("mentorship").length);
    });

    it("has every conversation of the program", async () => {
      const stored = await database.dataSource.getRepository(Conversation).countBy({ programId: PROGRAM_ID });

      expect(ofType("conversation")).toHaveLength(stored);
    });

    it("has every flag of the program's mentorships", async () => {
      const stored = await database.dataSource
        .getRepository(PriorityFlag)
        .createQueryBuilder("flag")
        .where("flag.programId = :programId", { programId: PROGRAM_ID })
        .andWhere("flag.mentorshipId IS NOT NULL")
        .getCount();

      expect(ofType("priority_flag")).toHaveLength(stored);
    });

    it("carries the mentorship id and program on every row", () => {
      const mentorshipIds = new Set(ofType("mentorship").map((record) => record.mentorship_id));

      expect(records.every((record) => mentorshipIds.has(record.mentorship_id))).toBe(true);
      expect(new Set(records.map((record) => record.program)).size).toBe(1);
    });
  });

  describe("spreadsheet formulas", () => {
    it("neutralizes every text cell that starts with a formula trigger", () => {
      const cells = records.flatMap((record) => Object.values(record));

      expect(cells.some((cell) => cell.startsWith("'=HYPERLINK("))).toBe(true);
      expect(cells.filter((cell) => cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"))).toEqual([]);
    });

    it("leaves negative numbers alone", () => {
      const textWithDash = records.flatMap((record) => Object.values(record)).filter((cell) => cell.startsWith("-"));

      expect(textWithDash.every((cell) => FORMULA_TRIGGERS.includes(cell.charAt(0)) && !Number.isNaN(Number(cell)))).toBe(true);
    });
  });

  describe("access", () => {
    it("requires a session", async () => {
      const response = await download(PROGRAM_ID, null);

      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe("UNAUTHENTICATED");
    });

    it("rejects a malformed id", async () => {
      const response = await download("not-a-program", admin);

      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    });

    it("answers another partner's program exactly like an unknown one", async () => {
      const foreign = await download(otherPartner.programId, admin);
      const unknown = await download(`prg_${"f".repeat(32)}`, admin);

      expect(foreign.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(await foreign.text()).toBe(await unknown.text());
    });

    it("leaves contact details and flag notes empty for an analyst", async () => {
      const analystRecords = parseCsv(await (await download(PROGRAM_ID, analyst)).text());
      const participants = ofType("participant", analystRecords);
      const flags = ofType("priority_flag", analystRecords);

      expect(participants).toHaveLength(ofType("participant").length);
      expect(participants.filter((record) => record.email !== "" || record.phone !== "")).toEqual([]);
      expect(flags.filter((record) => record.resolution_note !== "")).toEqual([]);
      expect(ofType("participant").some((record) => record.email !== "")).toBe(true);
      expect(ofType("priority_flag").some((record) => record.resolution_note !== "")).toBe(true);
    });
  });

  describe("client disconnect", () => {
    it("stops reading batches", async () => {
      const totalBatches = Math.ceil(ofType("mentorship").length / BATCH_SIZE);
      const logged = jest.spyOn(logger, "info");
      const ended = new Promise<{ message: string; batches: number }>((resolve) => {
        logged.mockImplementation(((details: { batches: number }, message?: string) => {
          if (message?.startsWith("program export")) {
            resolve({ message, batches: details.batches });
          }
        }) as never);
      });

      // The client closes the connection as soon as the first bytes arrive, without reading the rest.
      const url = new URL(`${baseUrl}/export/programs/${PROGRAM_ID}.csv`);
      const clientRequest = request(url, { headers: { cookie: cookieOf(admin) } }, (response) => {
        response.once("data", () => clientRequest.destroy());
      });
      clientRequest.on("error", () => undefined);
      clientRequest.end();
      const outcome = await ended;
      logged.mockRestore();

      expect(outcome.message).toBe("program export stopped because the client disconnected");
      expect(outcome.batches).toBeLessThan(totalBatches);
    });
  });
});
