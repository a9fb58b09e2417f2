import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { plantPartner } from "../export/test-support";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { importFolder } from "./import-folder";
import { ImportValidationError, type ImportProblem } from "./import-problem";
import { appendLine, copyExampleFolder, databaseFingerprint, editFile, lineOf } from "./import-test-support";

async function problemsOf(database: TestDatabase, folder: string): Promise<ImportProblem[]> {
  try {
    await importFolder(database.dataSource, { partnerSlug: "broken-college", folder });
  } catch (error) {
    if (error instanceof ImportValidationError) {
      return error.problems;
    }
    throw error;
  }

  throw new Error("The import succeeded, but problems were expected");
}

describe("import validation", () => {
  let database: TestDatabase;
  let folder: string;
  let problems: ImportProblem[];
  let before: Awaited<ReturnType<typeof databaseFingerprint>>;
  const lines: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await plantPartner(database.dataSource, { slug: "broken-college" });
    folder = copyExampleFolder();

    editFile(folder, "mentorships.csv", "PAIR-02,M-002", "PAIR-02,M-999");
    lines.missingMentor = lineOf(folder, "mentorships.csv", "PAIR-02");
    editFile(folder, "surveys.csv", "BASE-26,ASSESSMENT", "BASE-26,INTAKE");
    lines.surveyType = lineOf(folder, "surveys.csv", "BASE-26");
    editFile(folder, "mentorships.csv", "PAIR-05,M-005,S-104,MATCHED,2026-02-01", "PAIR-05,M-005,S-104,MATCHED,2026-02-30");
    lines.badDate = lineOf(folder, "mentorships.csv", "PAIR-05");
    appendLine(folder, "programs.csv", "FALL-26,Fall Peer Mentoring 2026,");
    appendLine(folder, "participants.csv", "FALL-26,S-900,MENTEE,Ines,Duarte,,,,,,,,,,");
    appendLine(folder, "mentorships.csv", "SPRING-26,PAIR-07,M-007,S-900,MATCHED,2026-02-01,,,");
    lines.crossProgram = lineOf(folder, "mentorships.csv", "PAIR-07");
    appendLine(folder, "participants.csv", "SPRING-26,S-101,MENTEE,Zoë,Martin,,,,,,,,,,");
    lines.duplicate = lineOf(folder, "participants.csv", "SPRING-26,S-101,MENTEE,Zoë,Martin,,,,,,,,,,");
    lines.firstDuplicate = lineOf(folder, "participants.csv", "S-101");
    editFile(folder, "conversations.csv", "C-006,PAIR-05", "C-006,PAIR-99");
    lines.unknownReference = lineOf(folder, "conversations.csv", "C-006");
    editFile(folder, "survey_answers.csv", "program,response,question,value", "program,response,question,answer");
    editFile(folder, "participants.csv", "MENTOR,Kwame,", "MENTOR,,");
    lines.emptyCell = lineOf(folder, "participants.csv", "M-009");
    editFile(folder, "conversations.csv", "IN_PERSON,50", "CARRIER_PIGEON,50");
    lines.enum = lines.unknownReference;
    writeFileSync(join(folder, "life_experiences.csv"), Buffer.concat([Buffer.from("program,participant,experience\r\nSPRING-26,M-001,VETERAN\r\nSPRING-26,"), Buffer.from([0x4d, 0xe9]), Buffer.from(",PARENT\r\n")]));

    before = await databaseFingerprint(database.dataSource);
    problems = await problemsOf(database, folder);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  });

  function problemAt(file: string, line: number | null, column: string | null): ImportProblem {
    const found = problems.find((problem) => problem.file === file && problem.line === line && problem.column === column);
    if (!found) {
      throw new Error(`No problem at ${file}:${line}:${column}; found ${JSON.stringify(problems, null, 2)}`);
    }

    return found;
  }

  it("writes nothing", async () => {
    expect(await databaseFingerprint(database.dataSource)).toEqual(before);
  });

  it("reports a missing mentor", () => {
    const problem = problemAt("mentorships.csv", lines.missingMentor, "mentor");

    expect(problem.value).toBe("M-999");
    expect(problem.expected).toMatch(/external_id of a participant of program "Spring Peer Mentoring 2026"/);
  });

  it("reports an unknown survey type", () => {
    const problem = problemAt("surveys.csv", lines.surveyType, "type");

    expect(problem.value).toBe("INTAKE");
    expect(problem.expected).toBe("one of MATCHING, ASSESSMENT, POST_SESSION");
  });

  it("reports a date that does not exist", () => {
    const problem = problemAt("mentorships.csv", lines.badDate, "matched_on");

    expect(problem.value).toBe("2026-02-30");
    expect(problem.expected).toMatch(/date that exists/);
  });

  it("reports a pair from two programs", () => {
    const problem = problemAt("mentorships.csv", lines.crossProgram, "mentee");

    expect(problem.value).toBe("S-900");
    expect(problem.expected).toMatch(/this one is in program "Fall Peer Mentoring 2026"/);
  });

  it("reports a duplicate external id", () => {
    const problem = problemAt("participants.csv", lines.duplicate, "external_id");

    expect(problem.value).toBe("S-101");
    expect(problem.expected).toBe(`a unique external_id in this program; line ${lines.firstDuplicate} has the same one`);
  });

  it("reports a reference to an unknown id", () => {
    const problem = problemAt("conversations.csv", lines.unknownReference, "mentorship");

    expect(problem.value).toBe("PAIR-99");
    expect(problem.expected).toMatch(/external_id of a mentorship of this program/);
  });

  it("reports a wrong header", () => {
    expect(problemAt("survey_answers.csv", 1, null)).toMatchObject({ value: "answer", expected: expect.stringMatching(/^a known column/) });
    expect(problemAt("survey_answers.csv", 1, "value").expected).toMatch(/required/);
  });

  it("reports an empty required cell", () => {
    expect(problemAt("participants.csv", lines.emptyCell, "first_name")).toMatchObject({ value: "", expected: "a value; this column is required" });
  });

  it("reports a value outside an enum", () => {
    const problem = problemAt("conversations.csv", lines.enum, "medium");

    expect(problem.value).toBe("CARRIER_PIGEON");
    expect(problem.expected).toBe("one of VIDEO, PHONE, TEXT_OR_EMAIL, IN_PERSON");
  });

  it("reports bytes that are not UTF-8", () => {
    const problem = problemAt("life_experiences.csv", 3, null);

    expect(problem.expected).toMatch(/^UTF-8 text/);
  });

  it("lists each problem once, and no others", () => {
    expect(problems).toHaveLength(11);
  });
});

describe("import of a file with a multi-line cell", () => {
  it("reports the line on which the record starts", async () => {
    const database = await createTestDatabase();
    await plantPartner(database.dataSource, { slug: "broken-college" });
    const folder = copyExampleFolder();
    editFile(folder, "mentorships.csv", "PAIR-05,M-005,S-104,MATCHED", "PAIR-05,M-005,S-104,PAUSED");

    const problems = await problemsOf(database, folder);

    expect(problems).toEqual([
      { file: "mentorships.csv", line: lineOf(folder, "mentorships.csv", "PAIR-05"), column: "status", value: "PAUSED", expected: "one of MATCHED, UNMATCHED" },
    ]);
    rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  });
});

describe("import of files that are hard to read", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await plantPartner(database.dataSource, { slug: "broken-college" });
  });

  afterAll(async () => {
    await database.destroy();
  });

  /** Copies the example folder with every line of `file` ending in CRLF. */
  function folderWithCrlf(file: string): string {
    const folder = copyExampleFolder();
    const path = join(folder, file);
    writeFileSync(path, readFileSync(path, "utf8").replace(/\r?\n/g, "\r\n"));

    return folder;
  }

  it("drops only a line in another encoding and checks every other row", async () => {
    const folder = copyExampleFolder();
    const path = join(folder, "participants.csv");
    const text = readFileSync(path, "utf8").replace("MENTOR,Priya", "BOSS,Priya");
    const [before, after] = text.split("Hernández");
    writeFileSync(path, Buffer.concat([Buffer.from(before), Buffer.from("Hern\xe1ndez", "latin1"), Buffer.from(after)]));

    const problems = await problemsOf(database, folder);

    expect(problems).toEqual([
      expect.objectContaining({ file: "participants.csv", line: 3, column: null, expected: expect.stringMatching(/^UTF-8 text/) }),
      expect.objectContaining({ file: "participants.csv", line: 5, column: "role", value: "BOSS" }),
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("reports an unclosed quote at its record's first line", async () => {
    const folder = folderWithCrlf("conversations.csv");
    editFile(folder, "conversations.csv", "C-002", '"C-002');

    const problems = await problemsOf(database, folder);

    expect(problems).toEqual([
      expect.objectContaining({ file: "conversations.csv", line: 3, expected: expect.stringMatching(/closing quote is missing/) }),
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("reports cell problems of a CRLF file on their own lines", async () => {
    const folder = folderWithCrlf("mentorships.csv");
    editFile(folder, "mentorships.csv", "PAIR-05,M-005,S-104,MATCHED", "PAIR-05,M-005,S-104,PAUSED");
    editFile(folder, "mentorships.csv", "PAIR-06,M-006,S-105,MATCHED", "PAIR-06,M-006,S-105,PAUSED");

    const problems = await problemsOf(database, folder);

    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [lineOf(folder, "mentorships.csv", "PAIR-05"), "status"],
      [lineOf(folder, "mentorships.csv", "PAIR-06"), "status"],
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("reads a file that mixes CRLF and LF line endings", async () => {
    const folder = folderWithCrlf("flag_categories.csv");
    const path = join(folder, "flag_categories.csv");
    const lines = readFileSync(path, "utf8").split("\r\n");
    // One LF line in the middle of a CRLF file.
    writeFileSync(path, `${lines.slice(0, 2).join("\r\n")}\n${lines.slice(2).join("\r\n")}`);
    editFile(folder, "surveys.csv", "BASE-26,ASSESSMENT", "BASE-26,INTAKE");

    const problems = await problemsOf(database, folder);

    expect(problems.map((problem) => problem.file)).toEqual(["surveys.csv"]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("reports text longer than its column allows", async () => {
    const folder = copyExampleFolder();
    const description = "x".repeat(3_000_000);
    editFile(folder, "priority_flags.csv", "Struggling with the calculus midterm.", description);

    const problems = await problemsOf(database, folder);

    expect(problems).toEqual([
      {
        file: "priority_flags.csv",
        line: lineOf(folder, "priority_flags.csv", "F-002"),
        column: "description",
        value: description,
        expected: "text of at most 10000 characters (found 3000000)",
      },
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("names the key of a flag category", async () => {
    const folder = copyExampleFolder();
    editFile(folder, "priority_flags.csv", "CHECK_IN,academic,", "CHECK_IN,no_such_category,");

    const problems = await problemsOf(database, folder);

    expect(problems).toEqual([
      expect.objectContaining({ column: "category", expected: "the key of a flag category of this program (in the folder or already imported)" }),
    ]);
    rmSync(folder, { recursive: true, force: true });
  });
});
