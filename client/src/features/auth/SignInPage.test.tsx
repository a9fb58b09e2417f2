import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";

import { theme } from "../../app/theme";
import { SignInPage } from "./SignInPage";

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
const loginMock = jest.fn<Promise<Response>, [RequestInit?]>();
let demoSignInResponse: () => Promise<Response>;

function jsonResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}

function routeFetch(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (String(url) === "/auth/demo-sign-in") {
    return demoSignInResponse();
  }
  if (String(url) === "/auth/login") {
    return loginMock(init);
  }

  return Promise.reject(new Error(`Unexpected request to ${String(url)}`));
}

function renderSignIn(path = "/sign-in") {
  return render(
    <ThemeProvider theme={theme}>
      <MockedProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/mentorships" element={<p>Mentorships list</p>} />
            <Route path="/mentorships/:id" element={<p>Mentorship details</p>} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </ThemeProvider>,
  );
}

/** Lets every mocked response, which resolves in microtasks, reach the component. */
async function settlePendingRequests() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function submitCredentials(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Email/), email);
  await user.type(screen.getByLabelText(/Password/), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(routeFetch);
  loginMock.mockReset();
  demoSignInResponse = async () => jsonResponse(404, { error: { code: "NOT_FOUND", message: "No demo account." } });
  globalThis.fetch = fetchMock as typeof fetch;
});

describe("SignInPage", () => {
  test("posts the credentials as JSON", async () => {
    loginMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn();

    await submitCredentials(" admin@northfield.example.edu ", "mentorlens-demo");

    const [init] = loginMock.mock.calls[0];

    expect(init?.method).toBe("POST");
    expect(JSON.parse(String(init?.body))).toEqual({ email: "admin@northfield.example.edu", password: "mentorlens-demo" });
  });

  test("goes to the mentorships list after signing in", async () => {
    loginMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByText("Mentorships list")).toBeInTheDocument();
  });

  test("tells the other tabs about the sign-in", async () => {
    window.localStorage.clear();
    loginMock.mockResolvedValue(jsonResponse(200, { email: "admin@northfield.example.edu" }));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");
    await screen.findByText("Mentorships list");

    const stored = JSON.parse(window.localStorage.getItem("mentorlens-session-change") ?? "{}") as { change?: string };

    expect(stored.change).toBe("signed-in");
  });

  test("returns to the page that required signing in", async () => {
    loginMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn(`/sign-in?next=${encodeURIComponent("/mentorships/mtr_1")}`);

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByText("Mentorship details")).toBeInTheDocument();
  });

  test.each([
    ["a tab", "/\t/example.org"],
    ["the GraphQL endpoint", "/graphql"],
  ])("goes to the mentorships list for a return path with %s", async (_case, next) => {
    loginMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn(`/sign-in?next=${encodeURIComponent(next)}`);

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByText("Mentorships list")).toBeInTheDocument();
  });

  test("explains rejected credentials", async () => {
    loginMock.mockResolvedValue(jsonResponse(401, { error: { code: "UNAUTHENTICATED", message: "nope" } }));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "wrong");

    expect(await screen.findByRole("alert")).toHaveTextContent("The email or password is incorrect.");
  });

  test("explains an unreachable server", async () => {
    loginMock.mockRejectedValue(new TypeError("Failed to fetch"));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByRole("alert")).toHaveTextContent("The server could not be reached.");
  });

  test("disables the button while signing in", async () => {
    loginMock.mockReturnValue(new Promise(() => {}));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(screen.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  });

  test("shows the demo credentials the server offers", async () => {
    demoSignInResponse = async () => jsonResponse(200, { email: "admin@northfield.example.edu", password: "mentorlens-demo" });

    renderSignIn();

    expect(await screen.findByText("Demo: admin@northfield.example.edu / mentorlens-demo")).toBeInTheDocument();
  });

  test("shows no demo hint without a demo account", async () => {
    renderSignIn();

    await settlePendingRequests();

    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });

  test("shows no demo hint when the request fails", async () => {
    demoSignInResponse = () => Promise.reject(new TypeError("Failed to fetch"));

    renderSignIn();

    await settlePendingRequests();

    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });

  test("explains that the session ended", () => {
    renderSignIn(`/sign-in?next=${encodeURIComponent("/mentorships/mtr_1")}&reason=session-ended`);

    expect(screen.getByRole("alert")).toHaveTextContent("Your session has ended. Sign in again to continue.");
  });

  test("ignores an unknown reason", () => {
    renderSignIn("/sign-in?reason=anything-at-all");

    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("sets the page title", () => {
    renderSignIn();

    expect(document.title).toBe("Sign in – Mentorlens");
  });
});
