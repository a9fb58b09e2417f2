import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";

import { theme } from "../../app/theme";
import type { MentorshipsPageQueryVariables } from "../../gql/graphql";
import { buildMentee, buildMentor, buildMentorship, type MentorshipFixture } from "../../test-support/mentorship-fixtures";
import { mockNarrowScreen } from "../../test-support/mock-narrow-screen";
import { MentorshipsPage, MentorshipsPageQuery } from "./MentorshipsPage";

const NEWEST_MATCH_FIRST = { field: "MATCHED_ON", direction: "DESC" } as const;

function connectionMock(
  variables: MentorshipsPageQueryVariables,
  mentorships: MentorshipFixture[],
  { totalCount, endCursor }: { totalCount: number; endCursor: string },
): MockLink.MockedResponse {
  return {
    request: { query: MentorshipsPageQuery, variables },
    result: {
      data: {
        mentorships: {
          __typename: "MentorshipConnection",
          totalCount,
          pageInfo: { __typename: "PageInfo", hasNextPage: true, endCursor },
          edges: mentorships.map((node) => ({ __typename: "MentorshipEdge", node })),
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <ThemeProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={["/mentorships"]}>
          <MentorshipsPage />
        </MemoryRouter>
      </MockedProvider>
    </ThemeProvider>,
  );
}

function buildPage(prefix: string, count: number): MentorshipFixture[] {
  return Array.from({ length: count }, (_, index) =>
    buildMentorship({
      id: `mtr_${prefix}${index}`,
      mentor: buildMentor({ id: `par_${prefix}m${index}`, displayName: `${prefix} Mentor ${index}` }),
      mentee: buildMentee({ id: `par_${prefix}e${index}`, displayName: `${prefix} Mentee ${index}` }),
    }),
  );
}

describe("MentorshipsPage", () => {
  test("shows a page of mentorships with links to their details", async () => {
    renderPage([connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

    const cell = await screen.findByText("First Mentor 0");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).getByText("First Mentee 0")).toBeInTheDocument();
    expect(within(row).getByText("First-Year Connect")).toBeInTheDocument();
    expect(within(row).getByText("March 1, 2026")).toBeInTheDocument();
    expect(within(row).getByRole("link", { name: /View mentorship/ })).toHaveAttribute("href", "/mentorships/mtr_First0");
  });

  test("requests the next page after the previous page's end cursor", async () => {
    const user = userEvent.setup();
    renderPage([
      connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 25), { totalCount: 30, endCursor: "cursor-25" }),
      connectionMock({ first: 25, after: "cursor-25", sort: NEWEST_MATCH_FIRST }, buildPage("Second", 5), { totalCount: 30, endCursor: "cursor-30" }),
    ]);
    await screen.findByText("First Mentor 0");

    await user.click(screen.getByRole("button", { name: /next page/i }));

    expect(await screen.findByText("Second Mentor 0")).toBeInTheDocument();
  });

  test.each([
    ["Mentor", "MENTOR_NAME"],
    ["Mentee", "MENTEE_NAME"],
    ["Program", "PROGRAM_NAME"],
  ] as const)("sorts %s A to Z on the first click", async (header, field) => {
    const user = userEvent.setup();
    renderPage([
      connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
      connectionMock({ first: 25, sort: { field, direction: "ASC" } }, buildPage("Sorted", 2), { totalCount: 2, endCursor: "c2" }),
    ]);
    await screen.findByText("First Mentor 0");

    await user.click(screen.getByRole("columnheader", { name: header }));

    expect(await screen.findByText("Sorted Mentor 0")).toBeInTheDocument();
  });

  test("sorts a count largest first on the first click", async () => {
    const user = userEvent.setup();
    renderPage([
      connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
      connectionMock({ first: 25, sort: { field: "CONVERSATION_COUNT", direction: "DESC" } }, buildPage("Sorted", 2), { totalCount: 2, endCursor: "c2" }),
    ]);
    await screen.findByText("First Mentor 0");

    await user.click(screen.getByRole("columnheader", { name: "Conversations" }));

    expect(await screen.findByText("Sorted Mentor 0")).toBeInTheDocument();
  });

  test("sets the page title", async () => {
    renderPage([connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

    await screen.findByText("First Mentor 0");

    expect(document.title).toBe("Mentorships – Mentorlens");
  });

  describe("on a narrow screen", () => {
    let restoreScreen: () => void;

    beforeEach(() => {
      restoreScreen = mockNarrowScreen();
    });

    afterEach(() => {
      restoreScreen();
    });

    test("keeps names, flags and the link", async () => {
      renderPage([connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("First Mentor 0");

      const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);

      expect(headers).toEqual(["Mentor", "Mentee", "Flags", "Details"]);
    });

    test("links each row with a short label", async () => {
      renderPage([connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

      const cell = await screen.findByText("First Mentor 0");
      const row = cell.closest('[role="row"]') as HTMLElement;

      expect(within(row).getByRole("link", { name: /View mentorship/ })).toHaveTextContent("View");
    });

    test("offers the page size", async () => {
      renderPage([connectionMock({ first: 25, sort: NEWEST_MATCH_FIRST }, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("First Mentor 0");

      expect(screen.getByRole("combobox", { name: "Rows:" })).toHaveTextContent("25");
    });
  });

  test("shows an error with a retry", async () => {
    renderPage([{ request: { query: MentorshipsPageQuery, variables: { first: 25, sort: NEWEST_MATCH_FIRST } }, error: new Error("Failed to fetch") }]);

    expect(await screen.findByText("Could not load mentorships")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
