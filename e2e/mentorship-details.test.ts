import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { DEMO_FIXTURES, DEMO_PASSWORD } from "../server/src/seed/demo-fixtures";
import { startSeededApp, type RunningApp } from "./support/app-server";
import { launchChromium, recordConsoleErrors } from "./support/browser";

const HARD_CASE = DEMO_FIXTURES.hardCasePair;

describe("mentorship details page in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    app = await startSeededApp();
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, timezoneId: "America/Los_Angeles" });
    page = await context.newPage();
    consoleErrors = recordConsoleErrors(page);

    await page.goto(`${app.baseUrl}/`);
    await page.getByLabel("Email").fill(DEMO_FIXTURES.northfield.adminEmail);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Mentorships" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("lists mentorships with a link to each pair", async () => {
    const firstLink = page.getByRole("link", { name: /^View mentorship of/ }).first();

    await firstLink.waitFor();

    expect(await page.getByRole("link", { name: /^View mentorship of/ }).count()).toBeGreaterThan(0);
  });

  it("opens a pair from the list", async () => {
    await page.getByRole("link", { name: /^View mentorship of/ }).first().click();

    await page.getByRole("region", { name: "Relevant info" }).waitFor();

    expect(page.url()).toMatch(/\/mentorships\/mtr_[0-9a-f]{32}$/);
  });

  it("shows both participant panels of the hard-case pair", async () => {
    await page.goto(`${app.baseUrl}/mentorships/${HARD_CASE.mentorshipId}`);

    await page.getByRole("region", { name: "Relevant info" }).waitFor();

    await expect(page.getByRole("region", { name: /Mentor: Zoë Ångström-Nuñez/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: /Mentee: Siobhán O'Connor/ }).isVisible()).resolves.toBe(true);
  });

  it("shows the relevant info with the planted totals", async () => {
    const info = page.getByRole("region", { name: "Relevant info" });

    const text = await info.innerText();

    expect(text).toContain("March 1, 2026");
    expect(text).toContain(String(HARD_CASE.conversationCount));
    expect(text).toContain("Academic success");
    expect(text).toContain("Hiking");
  });

  it("lists the highlighted survey responses", async () => {
    const table = page.getByRole("table", { name: "Survey response highlights" });

    const rows = table.getByRole("button", { name: /^Expand / });

    await expect(rows.count()).resolves.toBe(HARD_CASE.highlightedResponseCount);
  });

  it("expands a survey row to its highlights", async () => {
    const table = page.getByRole("table", { name: "Survey response highlights" });

    await table.getByRole("button", { name: /^Expand / }).first().click();

    await expect(table.getByRole("button", { name: /^Collapse / }).count()).resolves.toBe(1);
  });

  it("lists every priority flag", async () => {
    const flags = page.getByRole("table", { name: "Priority flags" });

    const rows = flags.getByRole("button", { name: /^Expand / });

    await expect(rows.count()).resolves.toBe(HARD_CASE.flagCount);
  });

  it("expands a flag to a link to its own page", async () => {
    const flags = page.getByRole("table", { name: "Priority flags" });

    await flags.getByRole("button", { name: /^Expand / }).first().click();

    const link = flags.getByRole("link", { name: /See flag/ });
    await expect(link.getAttribute("href")).resolves.toMatch(/^\/flags\/flg_[0-9a-f]{32}$/);
  });

  it("downloads the mentorship as CSV", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export mentorship" }).click(),
    ]);

    const contents = readFileSync((await download.path()) as string, "utf8");

    expect(download.suggestedFilename()).toMatch(new RegExp(`^mentorship-${HARD_CASE.mentorshipId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(contents.charCodeAt(0)).toBe(0xfeff);
    expect(contents).toContain("Siobhán");
  });

  it("shows a not-found state for an unknown id", async () => {
    await page.goto(`${app.baseUrl}/mentorships/mtr_${"0".repeat(32)}`);

    await page.getByText("Mentorship not found").waitFor();

    await expect(page.getByText("Mentorship not found").isVisible()).resolves.toBe(true);
  });

  it("records no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
