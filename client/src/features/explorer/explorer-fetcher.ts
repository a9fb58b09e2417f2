import type { Fetcher } from "@graphiql/toolkit";

interface ExplorerFetcherOptions {
  /** Called when the API rejects a request that relied on the session with HTTP 401, because the session is missing or expired. */
  onUnauthenticated: () => void;
}

/**
 * Creates the explorer's fetcher: a JSON POST to this origin's `/graphql` with the session cookie,
 * plus the headers typed into the explorer's headers editor, such as `Authorization`.
 * Subscriptions and incremental delivery are left out because the API offers neither.
 *
 * A 401 means that the session ended only when the request relied on the session. When the user
 * typed an `Authorization` header, the 401 is about that header's token, so GraphiQL shows the
 * response and the page stays open.
 */
export function createExplorerFetcher({ onUnauthenticated }: ExplorerFetcherOptions): Fetcher {
  return async (params, options) => {
    const headers = stringHeaders(options?.headers);
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { ...headers, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(params),
    });
    if (response.status === 401 && !hasAuthorizationHeader(headers)) {
      onUnauthenticated();
    }

    return response.json();
  };
}

/** Checks for an `Authorization` header in any letter case, because HTTP header names are case-insensitive. */
function hasAuthorizationHeader(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase() === "authorization");
}

/** Keeps the headers whose values are text, numbers or booleans, written as text. */
function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      result[name] = String(value);
    }
  }

  return result;
}
