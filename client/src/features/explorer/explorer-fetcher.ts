import type { Fetcher } from "@graphiql/toolkit";

interface ExplorerFetcherOptions {
  /** Called when the API rejects a request with HTTP 401 because the session is missing or expired. */
  onUnauthenticated: () => void;
}

/**
 * Creates the explorer's fetcher: a JSON POST to this origin's `/graphql` with the session cookie,
 * plus the headers typed into the explorer's headers editor, such as `Authorization`.
 * Subscriptions and incremental delivery are left out because the API offers neither.
 */
export function createExplorerFetcher({ onUnauthenticated }: ExplorerFetcherOptions): Fetcher {
  return async (params, options) => {
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { ...stringHeaders(options?.headers), "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(params),
    });
    if (response.status === 401) {
      onUnauthenticated();
    }

    return response.json();
  };
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
