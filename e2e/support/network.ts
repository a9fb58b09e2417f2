import type { Page } from "playwright-core";

/** Collects requests that failed in the network and responses with an HTTP error status, so a test can assert that there were none. */
export function recordFailedRequests(page: Page): string[] {
  const failures: string[] = [];
  page.on("requestfailed", (request) => {
    // Chromium reports the navigation that turns into a file download as aborted, though nothing failed.
    if (request.failure()?.errorText === "net::ERR_ABORTED") {
      return;
    }
    failures.push(`${request.method()} ${new URL(request.url()).pathname}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      failures.push(`${response.request().method()} ${new URL(response.url()).pathname}: HTTP ${response.status()}`);
    }
  });

  return failures;
}
