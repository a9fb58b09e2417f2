import { ApolloProvider } from "@apollo/client/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";

import { currentTabUser, rememberTabUser } from "../features/auth/tab-user";
import { createApolloClient } from "./apollo-client";
import { routes } from "./routes";
import { theme } from "./theme";

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
let sessionResponse: () => Promise<Response>;

function jsonResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}

function routeFetch(url: RequestInfo | URL): Promise<Response> {
  switch (String(url)) {
    case "/auth/session":
      return sessionResponse();
    case "/auth/demo-sign-in":
      return Promise.resolve(jsonResponse(404, {}));
    case "/auth/logout":
      return Promise.resolve(jsonResponse(204, {}));
    default:
      // GraphQL requests stay pending: these tests only check whether they are sent.
      return new Promise(() => {});
  }
}

function requestedUrls(): string[] {
  return fetchMock.mock.calls.map(([url]) => String(url));
}

function renderApp(path: string, client = createApolloClient({ onUnauthenticated: () => undefined })) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <ThemeProvider theme={theme}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </ThemeProvider>,
  );

  return router;
}

beforeEach(() => {
  rememberTabUser(null);
  window.localStorage.clear();
  fetchMock.mockReset();
  fetchMock.mockImplementation(routeFetch);
  globalThis.fetch = fetchMock as typeof fetch;
});

describe("signed-in routes", () => {
  test("redirect to sign-in without a session", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: false });

    const router = renderApp("/mentorships/mtr_1?tab=flags");

    expect(await screen.findByRole("heading", { name: "Sign in to Mentorlens" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/mentorships/mtr_1?tab=flags");
  });

  test("send no GraphQL request without a session", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: false });

    renderApp("/mentorships");
    await screen.findByRole("heading", { name: "Sign in to Mentorlens" });

    expect(requestedUrls()).not.toContain("/graphql");
  });

  test("load the page with a session", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: true, viewer: { displayName: "Avery Morgan" } });

    renderApp("/no-such-page");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    await waitFor(() => expect(requestedUrls()).toContain("/graphql"));
  });

  test("load the page when the session check fails", async () => {
    sessionResponse = async () => jsonResponse(500, { error: { code: "INTERNAL_SERVER_ERROR", message: "Unexpected error." } });

    renderApp("/no-such-page");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });

  test("name the not-found page in the title", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: true });

    renderApp("/no-such-page");
    await screen.findByRole("heading", { name: "Page not found" });

    expect(document.title).toBe("Not found – Mentorlens");
  });
});

describe("session changes", () => {
  test("record the signed-in user", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: true, viewer: { email: "admin@northfield.example.edu" } });

    renderApp("/no-such-page");
    await screen.findByRole("heading", { name: "Page not found" });

    expect(currentTabUser()).toBe("admin@northfield.example.edu");
  });

  test("sign-out clears the cache", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: true, viewer: { email: "admin@northfield.example.edu" } });
    const client = createApolloClient({ onUnauthenticated: () => undefined });
    const clearStore = jest.spyOn(client, "clearStore");
    renderApp("/no-such-page", client);
    await screen.findByRole("heading", { name: "Page not found" });

    await userEvent.setup().click(screen.getAllByRole("button", { name: "Sign out" })[0]);

    expect(await screen.findByRole("heading", { name: "Sign in to Mentorlens" })).toBeInTheDocument();
    expect(clearStore).toHaveBeenCalled();
  });

  test("sign-out tells the other tabs", async () => {
    sessionResponse = async () => jsonResponse(200, { signedIn: true, viewer: { email: "admin@northfield.example.edu" } });
    renderApp("/no-such-page");
    await screen.findByRole("heading", { name: "Page not found" });

    await userEvent.setup().click(screen.getAllByRole("button", { name: "Sign out" })[0]);
    await screen.findByRole("heading", { name: "Sign in to Mentorlens" });

    const stored = JSON.parse(window.localStorage.getItem("mentorlens-session-change") ?? "{}") as { change?: string };

    expect(stored.change).toBe("signed-out");
    expect(currentTabUser()).toBeNull();
  });
});
