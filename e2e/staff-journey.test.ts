import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Download, Locator, Page } from "playwright-core";
import { DEMO_FIXTURES } from "../server/src/seed/demo-fixtures";
import { startSeededApp, type RunningApp } from "./support/app-server";
import { launchChromium, recordConsoleErrors } from "./support/browser";
import { recordFailedRequests } from "./support/network";
import { readUntil } from "./support/polling";
import { signIn } from "./support/session";

const HARD_CASE = DEMO_FIXTURES.hardCasePair;
const PAIR_NAMES = `${HARD_CASE.mentor.firstName} ${HARD_CASE.mentor.lastName} and ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}`;
const RESOLUTION_NOTE = "Called her on Monday; she is seeing the campus counselor weekly.";

type CsvRecord = Record<string, string>;

/*
 * What program staff do on a normal day, one step after the other in one browser tab: find the
 * pairs with open flags, open one, read its surveys, resolve its flag, check the pair again, and
 * download the files. The hard-case pair of the demo seed is the pair, so every count is known.
 */
describe("staff journey in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let failedRequests: string[];
  let filteredListUrl: string;
  let filteredTotal: number;

  beforeAll(async () => {
    app = await startSeededApp();
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleErrors = recordConsoleErrors(page);
    failedRequests = recordFailedRequests(page);

    await signIn(page, app.baseUrl, DEMO_FIXTURES.northfield.adminEmail);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  describe("mentorships list", () => {
    it("pages forward and back in a column's order", async () => {
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith("/graphql") && /"field":"MENTOR_NAME"/.test(response.request().postData() ?? "")),
        page.getByRole("columnheader", { name: "Mentor" }).click(),
      ]);
      const firstPage = await readUntil(() => readColumn(page, "mentorName"), isGroupedByValue);


      await page.getByRole("button", { name: "Go to next page" }).click();
      await readUntil(() => page.locator(".MuiTablePagination-displayedRows").innerText(), (text) => text.startsWith("26–50 of "));
      const secondPage = await readUntil(() => readColumn(page, "mentorName"), (names) => names.length > 0);
      const forward = new URL(page.url()).searchParams;

      expect(forward.get("sort")).toBe("mentorName");
      expect(forward.get("page")).toBe("2");
      expect(secondPage).not.toEqual(firstPage);

      await page.getByRole("button", { name: "Go to previous page" }).click();
      await readUntil(() => page.locator(".MuiTablePagination-displayedRows").innerText(), (text) => text.startsWith("1–25 of "));
      const backAgain = await readUntil(() => readColumn(page, "mentorName"), (names) => names.length > 0);

      expect(new URL(page.url()).searchParams.get("sort")).toBe("mentorName");
      expect(new URL(page.url()).searchParams.has("page")).toBe(false);
      expect(backAgain).toEqual(firstPage);

      await page.goto(`${app.baseUrl}/mentorships`);
      await page.getByRole("heading", { name: "Mentorships", level: 1 }).waitFor();
    });

    it("filters to pairs with open flags", async () => {
      await selectOption(page, page.getByRole("combobox", { name: "Open flags" }), "With open flags");

      const flagCells = await readFlagCellsWhen(page, everyRowHasOpenFlags);

      expect(new URL(page.url()).searchParams.get("openFlags")).toBe("yes");
      expect(flagCells.length).toBeGreaterThan(0);
      expect(flagCells.filter((cell) => !everyRowHasOpenFlags([cell]))).toEqual([]);
      filteredListUrl = page.url();
      filteredTotal = await readTotalCount(page);
    });

    it("shows the same view after a reload", async () => {
      await page.reload();

      const flagCells = await readFlagCellsWhen(page, everyRowHasOpenFlags);

      expect(page.url()).toBe(filteredListUrl);
      await expect(page.getByRole("combobox", { name: "Open flags" }).innerText()).resolves.toBe("With open flags");
      expect(flagCells.filter((cell) => !everyRowHasOpenFlags([cell]))).toEqual([]);
      await expect(readTotalCount(page)).resolves.toBe(filteredTotal);
    });

    it("restores the previous filters on back", async () => {
      await selectMultiple(page, page.getByRole("combobox", { name: "Status" }), ["Unmatched"]);
      await readUntil(async () => new URL(page.url()).searchParams.get("status"), (status) => status === "UNMATCHED");

      await page.goBack();

      await expect(readUntil(async () => page.url(), (url) => url === filteredListUrl)).resolves.toBe(filteredListUrl);
      await expect(page.getByRole("combobox", { name: "Status" }).innerText()).resolves.toBe("All");
      await expect(page.getByRole("combobox", { name: "Open flags" }).innerText()).resolves.toBe("With open flags");
      await expect(readUntil(() => readTotalCount(page), (total) => total === filteredTotal)).resolves.toBe(filteredTotal);
    });

    it("exports the filtered list", async () => {
      const download = await downloadFrom(page, page.getByRole("link", { name: "Export the mentorships that match the filters as CSV" }));
      const records = await readCsv(download);

      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      expect(Object.keys(records[0])).toEqual(expect.arrayContaining(["mentorship_id", "mentor_name", "mentee_name", "open_priority_flag_count"]));
      expect(records).toHaveLength(filteredTotal);
      expect(records.filter((record) => Number(record.open_priority_flag_count) === 0)).toEqual([]);
      expect(records.map((record) => record.mentorship_id)).toContain(HARD_CASE.mentorshipId);
    });

    it("opens the pair with View mentorship", async () => {
      await page.getByRole("searchbox", { name: "Search by name" }).fill(HARD_CASE.mentee.firstName);

      await page.getByRole("link", { name: `View mentorship of ${PAIR_NAMES}` }).click();

      await page.getByRole("region", { name: "Relevant info" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/mentorships/${HARD_CASE.mentorshipId}`);
    });
  });

  describe("mentorship details", () => {
    it("filters the survey table to assessments", async () => {
      const table = page.getByRole("table", { name: "Survey response highlights" });

      await selectMultiple(page, page.getByRole("combobox", { name: "Survey types" }), ["Assessment"]);

      const rows = await readUntil(() => expandButtonNames(table), (names) => names.length === HARD_CASE.responseCountByType.ASSESSMENT);
      expect(rows).toHaveLength(HARD_CASE.responseCountByType.ASSESSMENT);
      expect(rows.filter((name) => !/assessment/i.test(name))).toEqual([]);
    });

    it("reverses the survey order", async () => {
      const table = page.getByRole("table", { name: "Survey response highlights" });
      const newestFirst = await expandButtonNames(table);

      await table.getByRole("button", { name: "Submitted" }).click();

      const oldestFirst = await readUntil(() => expandButtonNames(table), (names) => names[0] !== newestFirst[0]);
      expect(oldestFirst).toEqual([...newestFirst].reverse());
    });

    it("expands a survey row", async () => {
      const table = page.getByRole("table", { name: "Survey response highlights" });

      await table.getByRole("button", { name: /^Expand / }).first().click();

      await expect(table.getByRole("button", { name: /^Collapse / }).count()).resolves.toBe(1);
    });

    it("shows two open flags before the resolution", async () => {
      const info = page.getByRole("region", { name: "Relevant info" });

      await expect(info.innerText()).resolves.toContain(`${HARD_CASE.flagCount} (2 open)`);
    });

    it("follows See flag to the flag page", async () => {
      const flags = page.getByRole("table", { name: "Priority flags" });

      await flags.getByRole("button", { name: /^Expand flag: Mental health/ }).click();
      await flags.getByRole("link", { name: /See flag/ }).click();

      await page.getByRole("heading", { name: `Mental health flag about ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}`, level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/flags/${HARD_CASE.flagIds.open}`);
    });
  });

  describe("flag page", () => {
    it("resolves the flag through the dialog", async () => {
      await page.getByRole("group", { name: "Flag actions" }).getByRole("button", { name: "Resolve" }).click();
      const dialog = page.getByRole("dialog", { name: "Resolve flag" });
      await selectOption(page, dialog.getByRole("combobox", { name: "Reason" }), "Support provided");
      await dialog.getByRole("textbox", { name: "Note (optional)" }).fill(RESOLUTION_NOTE);

      await dialog.getByRole("button", { name: "Resolve" }).click();

      await dialog.waitFor({ state: "detached" });
      const details = page.getByRole("region", { name: "Details" });
      await expect(readUntil(() => details.innerText(), (text) => text.includes("Support provided"))).resolves.toContain("Support provided");
    });

    it("shows the resolution in the history", async () => {
      const history = page.getByRole("region", { name: "Status history" });

      const text = await readUntil(() => history.innerText(), (value) => value.includes(RESOLUTION_NOTE));

      expect(text).toContain("Open → Resolved");
      expect(text).toContain("Support provided");
      expect(text).toContain(RESOLUTION_NOTE);
    });

    it("offers Reopen instead of Resolve", async () => {
      const actions = page.getByRole("group", { name: "Flag actions" });

      await expect(actions.getByRole("button", { name: "Reopen" }).isVisible()).resolves.toBe(true);
      await expect(actions.getByRole("button", { name: "Resolve" }).count()).resolves.toBe(0);
    });
  });

  describe("back on the pair", () => {
    it("counts one open flag fewer", async () => {
      await page.goBack();
      const info = page.getByRole("region", { name: "Relevant info" });

      const text = await readUntil(() => info.innerText(), (value) => value.includes("(1 open)"));

      expect(new URL(page.url()).pathname).toBe(`/mentorships/${HARD_CASE.mentorshipId}`);
      expect(text).toContain(`${HARD_CASE.flagCount} (1 open)`);
    });

    it("goes to the mentee's profile and back", async () => {
      const mentee = page.getByRole("region", { name: `Mentee: ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}` });

      await mentee.getByRole("link", { name: "See profile" }).click();
      await page.getByRole("heading", { name: `Mentee: ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}`, level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/participants/${HARD_CASE.menteeId}`);
      await page.getByRole("link", { name: `View pair with ${HARD_CASE.mentor.firstName} ${HARD_CASE.mentor.lastName}` }).click();

      await page.getByRole("region", { name: "Relevant info" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/mentorships/${HARD_CASE.mentorshipId}`);
    });

    it("exports the pair with the new count", async () => {
      const download = await downloadFrom(page, page.getByRole("link", { name: "Export mentorship" }));
      const records = await readCsv(download);
      const participants = records.filter((record) => record.record_type === "participant");
      const [mentorship] = records.filter((record) => record.record_type === "mentorship");

      expect(Object.keys(records[0]).slice(0, 3)).toEqual(["record_type", "mentorship_id", "program"]);
      expect(participants.map((record) => `${record.first_name} ${record.last_name}`).sort()).toEqual(
        [`${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}`, `${HARD_CASE.mentor.firstName} ${HARD_CASE.mentor.lastName}`].sort(),
      );
      expect(mentorship.mentorship_id).toBe(HARD_CASE.mentorshipId);
      expect(mentorship.open_priority_flag_count).toBe("1");
      expect(records.filter((record) => record.record_type === "priority_flag")).toHaveLength(HARD_CASE.flagCount);
    });
  });

  describe("flags list", () => {
    it("filters by status", async () => {
      await page.getByRole("banner").getByRole("link", { name: "Flags" }).click();
      await page.getByRole("heading", { name: "Priority flags", level: 1 }).waitFor();

      await selectMultiple(page, page.getByRole("combobox", { name: "Status" }), ["Resolved"]);

      const statuses = await readUntil(
        () => readColumn(page, "status"),
        (values) => values.length > 0 && values.every((value) => value === "Resolved"),
      );
      expect(new URL(page.url()).searchParams.getAll("status")).toEqual(["RESOLVED"]);
      expect(statuses.filter((status) => status !== "Resolved")).toEqual([]);
    });

    it("lists the flag resolved on the way", async () => {
      const link = page.getByRole("link", { name: `Mental health flag about ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}: view flag` });

      await expect(link.getAttribute("href")).resolves.toBe(`/flags/${HARD_CASE.flagIds.open}`);
    });

    it("sorts by status", async () => {
      await selectMultiple(page, page.getByRole("combobox", { name: "Status" }), ["Resolved"]);
      await readUntil(async () => new URL(page.url()).searchParams.getAll("status"), (statuses) => statuses.length === 0);

      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith("/graphql") && /"field":"STATUS"/.test(response.request().postData() ?? "")),
        page.getByRole("columnheader", { name: "Status" }).click(),
      ]);

      const statuses = await readUntil(() => readColumn(page, "status"), isGroupedByValue);
      await expect(page.getByRole("columnheader", { name: /^Status/ }).getAttribute("aria-sort")).resolves.toBe("ascending");
      expect(new URL(page.url()).searchParams.get("sort")).toMatch(/^status/);
      expect(new Set(statuses).size).toBeGreaterThan(1);
      expect(statuses).toEqual(expect.arrayContaining(["Open", "In progress", "Resolved"]));
      expect(isGroupedByValue(statuses)).toBe(true);
    });
  });

  describe("analyst", () => {
    let analystPage: Page;
    let analystConsoleErrors: string[];
    let analystFailedRequests: string[];

    beforeAll(async () => {
      const analystContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      analystPage = await analystContext.newPage();
      analystConsoleErrors = recordConsoleErrors(analystPage);
      analystFailedRequests = recordFailedRequests(analystPage);
      await signIn(analystPage, app.baseUrl, DEMO_FIXTURES.northfield.analystEmail);
    });

    it("sees no workflow actions on a flag", async () => {
      await analystPage.goto(`${app.baseUrl}/flags/${HARD_CASE.flagIds.inProgress}`);

      await analystPage.getByRole("region", { name: "Status history" }).waitFor();

      await expect(analystPage.getByRole("group", { name: "Flag actions" }).count()).resolves.toBe(0);
      for (const action of ["Assign", "Mark in progress", "Resolve", "Reopen"]) {
        await expect(analystPage.getByRole("button", { name: action, exact: true }).count()).resolves.toBe(0);
      }
    });

    it("sees contact details hidden", async () => {
      await analystPage.goto(`${app.baseUrl}/mentorships/${HARD_CASE.mentorshipId}`);
      const mentee = analystPage.getByRole("region", { name: `Mentee: ${HARD_CASE.mentee.firstName} ${HARD_CASE.mentee.lastName}` });

      await mentee.getByText("Hidden for your role").first().waitFor();

      await expect(mentee.getByRole("link", { name: /@example\.edu$/ }).count()).resolves.toBe(0);
      await expect(mentee.getByText("Hidden for your role").count()).resolves.toBeGreaterThan(0);
    });

    it("records no console errors for the analyst", () => {
      expect(analystConsoleErrors).toEqual([]);
    });

    it("records no failed requests for the analyst", () => {
      expect(analystFailedRequests).toEqual([]);
    });
  });

  it("records no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });

  it("records no failed requests", () => {
    expect(failedRequests).toEqual([]);
  });
});

/** Opens a single-choice MUI select and picks one option. */
async function selectOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
  await page.getByRole("listbox").waitFor({ state: "detached" });
}

/** Toggles options of a multiple-choice MUI select and closes its menu. */
async function selectMultiple(page: Page, combobox: Locator, options: string[]): Promise<void> {
  await combobox.click();
  for (const option of options) {
    await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
  }
  await page.keyboard.press("Escape");
  await page.getByRole("listbox").waitFor({ state: "detached" });
}

/** Reads the cells of one data grid column, in row order. */
function readColumn(page: Page, field: string): Promise<string[]> {
  return page.locator(`.MuiDataGrid-row [data-field="${field}"]`).allInnerTexts();
}

function readFlagCellsWhen(page: Page, accept: (cells: string[]) => boolean): Promise<string[]> {
  return readUntil(() => readColumn(page, "openPriorityFlagCount"), accept);
}

/** Tells whether the grid shows rows and each has open flags, as "2 of 3"; rows still loading are empty. */
function everyRowHasOpenFlags(cells: string[]): boolean {
  return cells.length > 0 && cells.every((cell) => /^[1-9]\d* of \d+$/.test(cell.trim()));
}

/** Reads the total from the grid's pagination footer, such as "1–25 of 120". */
async function readTotalCount(page: Page): Promise<number> {
  const text = await page.locator(".MuiTablePagination-displayedRows").innerText();
  const match = /of (?:more than )?([\d,]+)/.exec(text);
  if (!match) {
    throw new Error(`The pagination footer shows no total: "${text}"`);
  }

  return Number(match[1].replaceAll(",", ""));
}

function expandButtonNames(table: Locator): Promise<string[]> {
  return table.getByRole("button", { name: /^(Expand|Collapse) / }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute("aria-label") ?? ""));
}

async function downloadFrom(page: Page, link: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);

  return download;
}

async function readCsv(download: Download): Promise<CsvRecord[]> {
  const contents = readFileSync(await download.path(), "utf8");

  return parse(contents, { bom: true, columns: true }) as CsvRecord[];
}

/** Tells whether equal values stand next to each other, which holds for a list sorted in any order. */
function isGroupedByValue(values: string[]): boolean {
  const seen = new Set<string>();

  return values.every((value, index) => {
    if (index > 0 && values[index - 1] === value) {
      return true;
    }
    if (seen.has(value)) {
      return false;
    }
    seen.add(value);

    return true;
  });
}
