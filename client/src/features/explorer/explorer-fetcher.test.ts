import { createExplorerFetcher } from "./explorer-fetcher";

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();

function jsonResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}

function sentRequest(): RequestInit {
  return fetchMock.mock.calls[0][1] ?? {};
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as typeof fetch;
});

describe("explorer fetcher", () => {
  test("posts the operation to /graphql with the session cookie", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { data: { __typename: "Query" } }));
    const fetcher = createExplorerFetcher({ onUnauthenticated: jest.fn() });

    const result = await fetcher({ query: "{ __typename }", operationName: null }, {});

    expect(fetchMock.mock.calls[0][0]).toBe("/graphql");
    expect(sentRequest()).toMatchObject({ method: "POST", credentials: "same-origin" });
    expect(JSON.parse(sentRequest().body as string)).toEqual({ query: "{ __typename }", operationName: null });
    expect(result).toEqual({ data: { __typename: "Query" } });
  });

  test("sends the headers from the headers editor", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { data: null }));
    const fetcher = createExplorerFetcher({ onUnauthenticated: jest.fn() });

    await fetcher({ query: "{ __typename }" }, { headers: { Authorization: "Bearer abc", "X-Retry": 2 } });

    expect(sentRequest().headers).toMatchObject({ Authorization: "Bearer abc", "X-Retry": "2", "Content-Type": "application/json" });
  });

  test("drops header values that are not text", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { data: null }));
    const fetcher = createExplorerFetcher({ onUnauthenticated: jest.fn() });

    await fetcher({ query: "{ __typename }" }, { headers: { "X-Object": { nested: true } } });

    expect(sentRequest().headers).not.toHaveProperty("X-Object");
  });

  test("reports an ended session on HTTP 401", async () => {
    const body = { errors: [{ message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } }] };
    fetchMock.mockResolvedValue(jsonResponse(401, body));
    const onUnauthenticated = jest.fn();
    const fetcher = createExplorerFetcher({ onUnauthenticated });

    const result = await fetcher({ query: "{ __typename }" }, {});

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(result).toEqual(body);
  });

  test.each([["Authorization"], ["authorization"]])("shows a 401 for an %s header instead of reporting the session", async (name) => {
    const body = { errors: [{ message: "The API token is unknown or revoked.", extensions: { code: "UNAUTHENTICATED" } }] };
    fetchMock.mockResolvedValue(jsonResponse(401, body));
    const onUnauthenticated = jest.fn();
    const fetcher = createExplorerFetcher({ onUnauthenticated });

    const result = await fetcher({ query: "{ __typename }" }, { headers: { [name]: "Bearer mlt_revoked" } });

    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(result).toEqual(body);
  });

  test("reports an ended session when the headers have no Authorization", async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { errors: [{ message: "Sign in first." }] }));
    const onUnauthenticated = jest.fn();
    const fetcher = createExplorerFetcher({ onUnauthenticated });

    await fetcher({ query: "{ __typename }" }, { headers: { "X-Request-Note": "test" } });

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  test("leaves the session alone on other errors", async () => {
    fetchMock.mockResolvedValue(jsonResponse(400, { errors: [{ message: "Syntax Error" }] }));
    const onUnauthenticated = jest.fn();
    const fetcher = createExplorerFetcher({ onUnauthenticated });

    await fetcher({ query: "{" }, {});

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
