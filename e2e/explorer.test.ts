import type { Browser, BrowserContext, Page } from "playwright-core";
import { EXAMPLE_OPERATIONS } from "../client/src/features/explorer/example-operations";
import { DEMO_FIXTURES, DEMO_PASSWORD } from "../server/src/seed/demo-fixtures";
import { startSeededApp, type RunningApp } from "./support/app-server";
import { launchChromium, recordConsoleErrors } from "./support/browser";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

describe("GraphQL explorer in Chromium", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  const blockedRequests: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    app = await startSeededApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every request that leaves the machine fails, so the page must work with what the server sends.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol.startsWith("http") && !LOOPBACK_HOSTS.has(url.hostname)) {
        blockedRequests.push(url.href);
        return route.abort();
      }

      return route.continue();
    });
    await context.exposeFunction("reportCspViolation", (description: string) => cspViolations.push(description));
    // A string, because this project's TypeScript settings have no DOM types; it runs in the page.
    await context.addInitScript(
      `document.addEventListener("securitypolicyviolation", (event) => window.reportCspViolation(event.violatedDirective + " blocked " + event.blockedURI));`,
    );
    page = await context.newPage();
    consoleErrors = recordConsoleErrors(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("sends a signed-out visitor to sign-in and back", async () => {
    const response = await page.goto(`${app.baseUrl}/explorer`);
    await page.getByLabel("Email").fill(DEMO_FIXTURES.northfield.analystEmail);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { name: "Explorer", level: 1 }).waitFor();

    expect(new URL(page.url()).pathname).toBe("/explorer");
    await expect(page.title()).resolves.toBe("Explorer – Mentorlens");
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-eval");
  });

  it("links to the explorer from the top bar", async () => {
    const link = page.getByRole("banner").getByRole("link", { name: "Explorer" });

    await expect(link.getAttribute("href")).resolves.toBe("/explorer");
  });

  it("lists every example", async () => {
    const examples = page.getByRole("region", { name: "Examples" });

    await examples.waitFor();

    for (const { title } of EXAMPLE_OPERATIONS) {
      await expect(examples.getByRole("button", { name: title, exact: false }).isVisible()).resolves.toBe(true);
    }
  });

  it.each(EXAMPLE_OPERATIONS.map((example) => [example.title, example] as const))("runs the example: %s", async (_title, example) => {
    await page.getByRole("region", { name: "Examples" }).getByRole("button", { name: example.title, exact: false }).click();
    await page.getByRole("tab", { name: example.operationName, selected: true }).waitFor();

    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/graphql") && isRequestFor(candidate.request().postData(), example.operationName)),
      page.getByRole("button", { name: /^Execute query/ }).click(),
    ]);
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };

    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {})[0]).toEqual(expect.anything());
    await page.locator(".graphiql-response").getByText('"data"').waitFor();
  });

  it("finds a field description in the documentation", async () => {
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");

    await docs.getByRole("link", { name: "Query" }).click();
    await docs.getByRole("link", { name: "mentorships" }).first().click();

    await expect(docs.getByText("The mentorships of the viewer's partner, one page at a time.").first().isVisible()).resolves.toBe(true);
  });

  it("shows a rejected token's 401 and stays on the page", async () => {
    const errorsBefore = consoleErrors.length;
    await page.getByRole("button", { name: "Headers" }).click();
    await page.locator(".graphiql-editor-tool .monaco-editor").last().click();
    await page.keyboard.insertText('{ "Authorization": "Bearer mlt_unknown" }');

    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/graphql") && candidate.request().headers()["authorization"] === "Bearer mlt_unknown"),
      page.getByRole("button", { name: /^Execute query/ }).click(),
    ]);
    await page.locator(".graphiql-response").getByText("UNAUTHENTICATED").first().waitFor();

    expect(response.status()).toBe(401);
    expect(new URL(page.url()).pathname).toBe("/explorer");
    // Chromium logs every 4xx response as a console error. This one is expected, so it is removed
    // here, and the check for console errors below still catches any uncaught error after it.
    expect(consoleErrors.slice(errorsBefore)).toEqual(["Failed to load resource: the server responded with a status of 401 (Unauthorized)"]);
    consoleErrors.splice(errorsBefore);
  });

  it("loads nothing from outside the machine", () => {
    expect(blockedRequests).toEqual([]);
  });

  it("records no Content Security Policy violations", () => {
    expect(cspViolations).toEqual([]);
  });

  it("records no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});

/** Tells whether a GraphQL request body runs the operation named `operationName`. */
function isRequestFor(postData: string | null, operationName: string): boolean {
  return postData !== null && (JSON.parse(postData) as { query?: string }).query?.includes(`query ${operationName}(`) === true;
}
