import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_FIXTURES } from "../server/src/seed/demo-fixtures";
import { startSeededApp, type RunningApp } from "./support/app-server";
import { launchChromium } from "./support/browser";
import { signIn } from "./support/session";

const HARD_CASE = DEMO_FIXTURES.hardCasePair;
const SCREENSHOT_FOLDER = join(__dirname, "../docs/screenshots");

/** A page to capture: where to go, and what must be on screen before the picture is taken. */
interface Screenshot {
  file: string;
  path: string;
  signedIn: boolean;
  fullPage: boolean;
  ready(page: Page): Promise<void>;
}

const SCREENSHOTS: Screenshot[] = [
  {
    file: "sign-in.png",
    path: "/sign-in",
    signedIn: false,
    fullPage: false,
    ready: (page) => page.getByRole("button", { name: "Sign in" }).waitFor(),
  },
  {
    file: "mentorships.png",
    path: "/mentorships",
    signedIn: true,
    fullPage: false,
    ready: (page) => page.getByRole("link", { name: /^View mentorship of/ }).first().waitFor(),
  },
  {
    file: "mentorship-details.png",
    path: `/mentorships/${HARD_CASE.mentorshipId}`,
    signedIn: true,
    fullPage: true,
    async ready(page) {
      const surveys = page.getByRole("table", { name: "Survey response highlights" });
      await surveys.getByRole("button", { name: /^Expand / }).first().click();
      await surveys.getByRole("button", { name: /^Collapse / }).waitFor();
    },
  },
  {
    file: "participant-profile.png",
    path: `/participants/${HARD_CASE.menteeId}`,
    signedIn: true,
    fullPage: true,
    ready: (page) => page.getByRole("region", { name: "Survey responses" }).waitFor(),
  },
  {
    file: "flags.png",
    // One program's flags: Debian's Chromium has no CJK font unless fonts-noto-cjk is installed, and the other program has a mentee named 李.
    path: `/flags?program=${HARD_CASE.programId}`,
    signedIn: true,
    fullPage: false,
    ready: (page) => page.getByRole("link", { name: /: view flag$/ }).first().waitFor(),
  },
  {
    file: "flag.png",
    path: `/flags/${HARD_CASE.flagIds.inProgress}`,
    signedIn: true,
    fullPage: true,
    ready: (page) => page.getByRole("region", { name: "Status history" }).getByRole("listitem").first().waitFor(),
  },
  {
    file: "explorer.png",
    path: "/explorer",
    signedIn: true,
    fullPage: false,
    ready: (page) => page.locator(".graphiql-query-editor .view-lines").first().waitFor(),
  },
];

/*
 * Writes the pictures under docs/screenshots from the seeded demo data. It runs only with
 * UPDATE_SCREENSHOTS=1, so that a test run never rewrites committed files:
 *   npm run build && UPDATE_SCREENSHOTS=1 npx jest e2e/screenshots.test.ts --selectProjects browser
 */
const describeWhenUpdating = process.env.UPDATE_SCREENSHOTS === "1" ? describe : describe.skip;

describeWhenUpdating("dashboard screenshots", () => {
  let app: RunningApp;
  let browser: Browser;
  let signedOutPage: Page;
  let signedInPage: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
    app = await startSeededApp();
    browser = await launchChromium();
    // A fixed time zone, so that times on the pictures do not depend on the machine that takes them.
    const options = { viewport: { width: 1280, height: 800 }, timezoneId: "America/New_York", locale: "en-US" };
    signedOutPage = await (await browser.newContext(options)).newPage();
    signedInPage = await (await browser.newContext(options)).newPage();
    await signIn(signedInPage, app.baseUrl, DEMO_FIXTURES.northfield.adminEmail);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each(SCREENSHOTS.map((screenshot) => [screenshot.file, screenshot] as const))("writes %s", async (_file, screenshot) => {
    const page = screenshot.signedIn ? signedInPage : signedOutPage;
    await page.goto(`${app.baseUrl}${screenshot.path}`);
    await screenshot.ready(page);
    // Moves the pointer off the page, so that no row shows a hover color.
    await page.mouse.move(0, 0);

    await page.screenshot({ path: join(SCREENSHOT_FOLDER, screenshot.file), fullPage: screenshot.fullPage, animations: "disabled" });
  });
});
