import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes, useLocation } from "react-router";

import { makeFragmentData } from "../../gql";
import { buildMentorship } from "../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../test-support/render-with-providers";
import { ExportMentorshipButton, ExportMentorshipButton_mentorship } from "./ExportMentorshipButton";

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
const removeListeners: Array<() => void> = [];

function sessionResponse(signedIn: boolean): Response {
  return { ok: true, status: 200, json: async () => ({ signedIn }) } as Response;
}

function SignInLocation() {
  const { search } = useLocation();

  return <p>Sign-in page {search}</p>;
}

function renderButton() {
  const mentorship = buildMentorship({ exportUrl: "/export/mentorships/mtr_1.csv" });
  renderWithProviders(
    <Routes>
      <Route path="/mentorships/mtr_1" element={<ExportMentorshipButton mentorship={makeFragmentData(mentorship, ExportMentorshipButton_mentorship)} />} />
      <Route path="/sign-in" element={<SignInLocation />} />
    </Routes>,
    "/mentorships/mtr_1",
  );
  const link = screen.getByRole("link", { name: "Export mentorship" });
  // jsdom cannot download. A listener on the document runs after React's handlers, which
  // listen on the root element, and records the clicks whose default action would download.
  const downloads: string[] = [];
  const recordDownload = (event: MouseEvent) => {
    if (event.target === link && !event.defaultPrevented) {
      downloads.push(link.getAttribute("href") ?? "");
    }
    event.preventDefault();
  };
  document.addEventListener("click", recordDownload);
  removeListeners.push(() => document.removeEventListener("click", recordDownload));

  return { link, downloads };
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as typeof fetch;
});

afterEach(() => {
  removeListeners.splice(0).forEach((remove) => remove());
});

describe("ExportMentorshipButton", () => {
  test("links to the CSV export as a download", () => {
    const { link } = renderButton();

    expect(link).toHaveAttribute("href", "/export/mentorships/mtr_1.csv");
    expect(link).toHaveAttribute("download");
  });

  test("checks the session before downloading", async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(sessionResponse(true));
    const { link } = renderButton();

    await user.click(link);

    expect(fetchMock).toHaveBeenCalledWith("/auth/session", expect.anything());
  });

  test("downloads with a valid session", async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(sessionResponse(true));
    const { link, downloads } = renderButton();

    await user.click(link);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

    expect(downloads).toEqual(["/export/mentorships/mtr_1.csv"]);
  });

  test("sends an ended session to sign-in", async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(sessionResponse(false));
    const { link } = renderButton();

    await user.click(link);

    const signIn = await screen.findByText(/Sign-in page/);

    expect(signIn).toHaveTextContent(`?next=${encodeURIComponent("/mentorships/mtr_1")}&reason=session-ended`);
  });

  test("does not download after the session ended", async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(sessionResponse(false));
    const { link, downloads } = renderButton();

    await user.click(link);
    await screen.findByText(/Sign-in page/);

    expect(downloads).toEqual([]);
  });

  test("reports an unreachable server instead of downloading", async () => {
    const user = userEvent.setup();
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    const { link, downloads } = renderButton();

    await user.click(link);

    expect(await screen.findByRole("alert")).toHaveTextContent("the server could not be reached");
    expect(downloads).toEqual([]);
  });
});
