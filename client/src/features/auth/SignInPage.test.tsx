import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";

import { theme } from "../../app/theme";
import { SignInPage } from "./SignInPage";

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();

function jsonResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
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

async function submitCredentials(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Email/), email);
  await user.type(screen.getByLabelText(/Password/), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as typeof fetch;
});

describe("SignInPage", () => {
  test("posts the credentials as JSON", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn();

    await submitCredentials(" admin@northfield.example.edu ", "mentorlens-demo");

    const [url, init] = fetchMock.mock.calls[0];

    expect(url).toBe("/auth/login");
    expect(init?.method).toBe("POST");
    expect(JSON.parse(String(init?.body))).toEqual({ email: "admin@northfield.example.edu", password: "mentorlens-demo" });
  });

  test("goes to the mentorships list after signing in", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByText("Mentorships list")).toBeInTheDocument();
  });

  test("returns to the page that required signing in", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));
    renderSignIn(`/sign-in?next=${encodeURIComponent("/mentorships/mtr_1")}`);

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByText("Mentorship details")).toBeInTheDocument();
  });

  test("explains rejected credentials", async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { error: { code: "UNAUTHENTICATED", message: "nope" } }));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "wrong");

    expect(await screen.findByRole("alert")).toHaveTextContent("The email or password is incorrect.");
  });

  test("explains an unreachable server", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(await screen.findByRole("alert")).toHaveTextContent("The server could not be reached.");
  });

  test("disables the button while signing in", async () => {
    fetchMock.mockReturnValue(new Promise(() => {}));
    renderSignIn();

    await submitCredentials("admin@northfield.example.edu", "mentorlens-demo");

    expect(screen.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  });

  test("shows the demo credentials", () => {
    renderSignIn();

    expect(screen.getByText("Demo: admin@northfield.example.edu / mentorlens-demo")).toBeInTheDocument();
  });
});
