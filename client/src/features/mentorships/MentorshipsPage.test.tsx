import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";

import { theme } from "../../app/theme";
import type { MentorshipsPageQueryVariables } from "../../gql/graphql";
import { buildMentee, buildMentor, buildMentorship, type MentorshipFixture } from "../../test-support/mentorship-fixtures";
import { mockNarrowScreen } from "../../test-support/mock-narrow-screen";
import { MentorshipsPage, MentorshipsPageQuery } from "./MentorshipsPage";

const NEWEST_MATCH_FIRST = { field: "MATCHED_ON", direction: "DESC" } as const;
const FIRST_PAGE = { first: 25, sort: NEWEST_MATCH_FIRST } as const;

const PROGRAMS = [
  { __typename: "Program", id: "prg_00000000000000000000000000000001", name: "First-Year Connect" },
  { __typename: "Program", id: "prg_00000000000000000000000000000002", name: "Alumni Circle" },
];

function connectionMock(
  variables: MentorshipsPageQueryVariables,
  mentorships: MentorshipFixture[],
  { totalCount, endCursor, startCursor = endCursor && `start-${endCursor}` }: { totalCount: number; endCursor: string | null; startCursor?: string | null },
): MockLink.MockedResponse {
  return {
    request: { query: MentorshipsPageQuery, variables },
    result: {
      data: {
        programs: { __typename: "ProgramConnection", edges: PROGRAMS.map((node) => ({ __typename: "ProgramEdge", node })) },
        mentorships: {
          __typename: "MentorshipConnection",
          totalCount,
          pageInfo: { __typename: "PageInfo", hasNextPage: totalCount > mentorships.length, startCursor, endCursor },
          edges: mentorships.map((node) => ({ __typename: "MentorshipEdge", node })),
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], path = "/mentorships") {
  const router = createMemoryRouter(
    [
      { path: "/mentorships", element: <MentorshipsPage /> },
      { path: "/mentorships/:id", element: <p>Mentorship details</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <ThemeProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>
    </ThemeProvider>,
  );

  return router;
}

function searchOf(router: ReturnType<typeof renderPage>): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
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

async function chooseOption(user: ReturnType<typeof userEvent.setup>, selectName: string, optionName: string) {
  await user.click(screen.getByRole("combobox", { name: selectName }));
  await user.click(await screen.findByRole("option", { name: optionName }));
}

describe("MentorshipsPage", () => {
  test("shows a page of mentorships with links to their details", async () => {
    renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

    const cell = await screen.findByText("First Mentor 0");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).getByText("First Mentee 0")).toBeInTheDocument();
    expect(within(row).getByText("First-Year Connect")).toBeInTheDocument();
    expect(within(row).getByText("March 1, 2026")).toBeInTheDocument();
    expect(within(row).getByRole("link", { name: /View mentorship/ })).toHaveAttribute("href", "/mentorships/mtr_First0");
  });

  test("sets the page title", async () => {
    renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

    await screen.findByText("First Mentor 0");

    expect(document.title).toBe("Mentorships – Mentorlens");
  });

  describe("address state", () => {
    const FULL_ADDRESS =
      "/mentorships?program=prg_00000000000000000000000000000002&status=UNMATCHED&matchedFrom=2026-01-01&matchedTo=2026-02-28&openFlags=yes" +
      "&noConversationDays=30&q=Ana&sort=mentorName&size=50&page=3&after=cursor-100";

    test("requests the filters, order and page of the address", async () => {
      renderPage(
        [
          connectionMock(
            {
              first: 50,
              after: "cursor-100",
              sort: { field: "MENTOR_NAME", direction: "ASC" },
              filter: {
                programIds: ["prg_00000000000000000000000000000002"],
                statuses: ["UNMATCHED"],
                matchedFrom: "2026-01-01",
                matchedTo: "2026-02-28",
                hasOpenPriorityFlags: true,
                noConversationForDays: 30,
                search: "Ana",
              },
            },
            buildPage("Third", 2),
            { totalCount: 102, endCursor: "cursor-102" },
          ),
        ],
        FULL_ADDRESS,
      );

      expect(await screen.findByText("Third Mentor 0")).toBeInTheDocument();
      expect(screen.getByText("101–102 of 102")).toBeInTheDocument();
    });

    test("shows the address's filters in the controls", async () => {
      renderPage([], FULL_ADDRESS);

      expect(await screen.findByRole("searchbox", { name: "Search by name" })).toHaveValue("Ana");
      expect(screen.getByRole("combobox", { name: "Status" })).toHaveTextContent("Unmatched");
      expect(screen.getByLabelText("Matched from")).toHaveValue("2026-01-01");
      expect(screen.getByLabelText("Matched to")).toHaveValue("2026-02-28");
      expect(screen.getByRole("combobox", { name: "Open flags" })).toHaveTextContent("With open flags");
      expect(screen.getByRole("textbox", { name: "No conversation for (days)" })).toHaveValue("30");
    });

    test("adds a history entry for a chosen filter", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { statuses: ["MATCHED"] } }, buildPage("Matched", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");

      await chooseOption(user, "Status", "Matched");

      expect(await screen.findByText("Matched Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).getAll("status")).toEqual(["MATCHED"]);
      expect(router.state.historyAction).toBe("PUSH");
    });

    test("goes back to the previous filters with the back button", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { statuses: ["MATCHED"] } }, buildPage("Matched", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");
      await chooseOption(user, "Status", "Matched");
      await screen.findByText("Matched Mentor 0");
      await user.keyboard("{Escape}");

      await act(() => router.navigate(-1));

      expect(await screen.findByText("All Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).has("status")).toBe(false);
      expect(screen.getByRole("combobox", { name: "Status" })).toHaveTextContent("All");
    });

    test("replaces the history entry while typing a name", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { search: "Ana" } }, buildPage("Ana", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");

      await user.type(screen.getByRole("searchbox", { name: "Search by name" }), "Ana");

      expect(await screen.findByText("Ana Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).get("q")).toBe("Ana");
      expect(router.state.historyAction).toBe("REPLACE");
    });

    test("stores the next page's cursor in the address", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("First", 25), { totalCount: 30, endCursor: "cursor-25" }),
        connectionMock({ ...FIRST_PAGE, after: "cursor-25" }, buildPage("Second", 5), { totalCount: 30, endCursor: "cursor-30" }),
      ]);
      await screen.findByText("First Mentor 0");

      await user.click(screen.getByRole("button", { name: /next page/i }));

      expect(await screen.findByText("Second Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).get("page")).toBe("2");
      expect(searchOf(router).get("after")).toBe("cursor-25");
    });

    test("keeps the sort of the address on the next page", async () => {
      const user = userEvent.setup();
      const byMentor = { first: 25, sort: { field: "MENTOR_NAME", direction: "ASC" } } as const;
      const router = renderPage(
        [
          connectionMock(byMentor, buildPage("First", 25), { totalCount: 30, endCursor: "cursor-25" }),
          connectionMock({ ...byMentor, after: "cursor-25" }, buildPage("Second", 5), { totalCount: 30, endCursor: "cursor-30" }),
        ],
        "/mentorships?sort=mentorName",
      );
      await screen.findByText("First Mentor 0");

      await user.click(screen.getByRole("button", { name: /next page/i }));

      expect(await screen.findByText("Second Mentor 0")).toBeInTheDocument();
      expect(screen.getByText("26–30 of 30")).toBeInTheDocument();
      expect(searchOf(router).get("sort")).toBe("mentorName");
      expect(searchOf(router).get("page")).toBe("2");
    });

    test("returns to the first page with the back button", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("First", 25), { totalCount: 30, endCursor: "cursor-25" }),
        connectionMock({ ...FIRST_PAGE, after: "cursor-25" }, buildPage("Second", 5), { totalCount: 30, endCursor: "cursor-30" }),
      ]);
      await screen.findByText("First Mentor 0");
      await user.click(screen.getByRole("button", { name: /next page/i }));
      await screen.findByText("Second Mentor 0");

      await act(() => router.navigate(-1));

      expect(await screen.findByText("First Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).has("page")).toBe(false);
    });

    test("goes back a page with the cursor recorded on the way", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("First", 25), { totalCount: 60, endCursor: "cursor-25" }),
        connectionMock({ ...FIRST_PAGE, after: "cursor-25" }, buildPage("Second", 25), { totalCount: 60, endCursor: "cursor-50" }),
        connectionMock({ ...FIRST_PAGE, after: "cursor-50" }, buildPage("Third", 10), { totalCount: 60, endCursor: "cursor-60" }),
      ]);
      await screen.findByText("First Mentor 0");
      await user.click(screen.getByRole("button", { name: /next page/i }));
      await screen.findByText("Second Mentor 0");
      await user.click(screen.getByRole("button", { name: /next page/i }));
      await screen.findByText("Third Mentor 0");

      await user.click(screen.getByRole("button", { name: /previous page/i }));

      expect(await screen.findByText("Second Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).get("after")).toBe("cursor-25");
    });

    test("goes back a page from a shared link to a later page", async () => {
      const user = userEvent.setup();
      const router = renderPage(
        [
          connectionMock({ ...FIRST_PAGE, after: "cursor-50" }, buildPage("Third", 10), { totalCount: 60, startCursor: "cursor-51", endCursor: "cursor-60" }),
          connectionMock({ last: 25, before: "cursor-51", sort: NEWEST_MATCH_FIRST }, buildPage("Second", 25), {
            totalCount: 60,
            startCursor: "cursor-26",
            endCursor: "cursor-50",
          }),
        ],
        "/mentorships?page=3&after=cursor-50",
      );
      await screen.findByText("Third Mentor 0");

      await user.click(screen.getByRole("button", { name: /previous page/i }));

      expect(await screen.findByText("Second Mentor 0")).toBeInTheDocument();
      expect(screen.getByText("26–50 of 60")).toBeInTheDocument();
      expect(searchOf(router).get("page")).toBe("2");
      expect(searchOf(router).get("before")).toBe("cursor-51");
    });

    test("starts at the first page when the address's cursor is invalid", async () => {
      const router = renderPage(
        [
          {
            request: { query: MentorshipsPageQuery, variables: { ...FIRST_PAGE, after: "not-a-cursor" } },
            result: {
              errors: [new GraphQLError("after must be a cursor returned by this API.", { extensions: { code: "BAD_USER_INPUT", argumentName: "after" } })],
            },
          },
          connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
        ],
        "/mentorships?page=3&after=not-a-cursor",
      );

      expect(await screen.findByText("First Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).has("after")).toBe(false);
      expect(screen.queryByText("Could not load mentorships")).not.toBeInTheDocument();
    });

    test("reads a page without its cursor as the first page", async () => {
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })], "/mentorships?page=4");

      expect(await screen.findByText("First Mentor 0")).toBeInTheDocument();
    });

    test("ignores a page size above 100", async () => {
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })], "/mentorships?size=500");

      expect(await screen.findByText("First Mentor 0")).toBeInTheDocument();
      expect(screen.getByRole("combobox", { name: /rows per page/i })).toHaveTextContent("25");
    });

    test("writes a sort to the address", async () => {
      const user = userEvent.setup();
      const router = renderPage([
        connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ first: 25, sort: { field: "MENTOR_NAME", direction: "ASC" } }, buildPage("Sorted", 2), { totalCount: 2, endCursor: "c2" }),
      ]);
      await screen.findByText("First Mentor 0");

      await user.click(screen.getByRole("columnheader", { name: "Mentor" }));

      expect(await screen.findByText("Sorted Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).get("sort")).toBe("mentorName");
    });
  });

  test.each([
    ["Mentor", "MENTOR_NAME"],
    ["Mentee", "MENTEE_NAME"],
    ["Program", "PROGRAM_NAME"],
    ["Status", "STATUS"],
  ] as const)("sorts %s A to Z on the first click", async (header, field) => {
    const user = userEvent.setup();
    renderPage([
      connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
      connectionMock({ first: 25, sort: { field, direction: "ASC" } }, buildPage("Sorted", 2), { totalCount: 2, endCursor: "c2" }),
    ]);
    await screen.findByText("First Mentor 0");

    await user.click(screen.getByRole("columnheader", { name: header }));

    expect(await screen.findByText("Sorted Mentor 0")).toBeInTheDocument();
  });

  test.each([
    ["Last conversation", "LAST_CONVERSATION_AT"],
    ["Conversations", "CONVERSATION_COUNT"],
  ] as const)("sorts %s largest first on the first click", async (header, field) => {
    const user = userEvent.setup();
    renderPage([
      connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" }),
      connectionMock({ first: 25, sort: { field, direction: "DESC" } }, buildPage("Sorted", 2), { totalCount: 2, endCursor: "c2" }),
    ]);
    await screen.findByText("First Mentor 0");

    await user.click(screen.getByRole("columnheader", { name: header }));

    expect(await screen.findByText("Sorted Mentor 0")).toBeInTheDocument();
  });

  describe("filters", () => {
    test("request the chosen program", async () => {
      const user = userEvent.setup();
      renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { programIds: ["prg_00000000000000000000000000000002"] } }, buildPage("Alumni", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");

      await chooseOption(user, "Programs", "Alumni Circle");

      expect(await screen.findByText("Alumni Mentor 0")).toBeInTheDocument();
    });

    test("request pairs without open flags", async () => {
      const user = userEvent.setup();
      renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { hasOpenPriorityFlags: false } }, buildPage("Calm", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");

      await chooseOption(user, "Open flags", "Without open flags");

      expect(await screen.findByText("Calm Mentor 0")).toBeInTheDocument();
    });

    test("request pairs quiet for the typed days", async () => {
      const user = userEvent.setup();
      renderPage([
        connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        connectionMock({ ...FIRST_PAGE, filter: { noConversationForDays: 45 } }, buildPage("Quiet", 1), { totalCount: 1, endCursor: "c2" }),
      ]);
      await screen.findByText("All Mentor 0");

      await user.type(screen.getByRole("textbox", { name: "No conversation for (days)" }), "45");

      expect(await screen.findByText("Quiet Mentor 0")).toBeInTheDocument();
    });

    test("reject days out of range without a request", async () => {
      const user = userEvent.setup();
      const router = renderPage([connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("All Mentor 0");

      await user.type(screen.getByRole("textbox", { name: "No conversation for (days)" }), "0");

      expect(await screen.findByText("Enter a whole number from 1 to 3650")).toBeInTheDocument();
      expect(searchOf(router).has("noConversationDays")).toBe(false);
    });

    test("explain a date range that ends before it starts", async () => {
      renderPage([], "/mentorships?matchedFrom=2026-03-01&matchedTo=2026-02-01");

      expect(await screen.findByText("Must not be before the start date")).toBeInTheDocument();
      expect(screen.getByText(/The date matched range ends before it starts/)).toBeInTheDocument();
    });
  });

  describe("empty and error states", () => {
    test("offers to clear filters that match nothing", async () => {
      const user = userEvent.setup();
      const router = renderPage(
        [
          connectionMock({ ...FIRST_PAGE, filter: { statuses: ["UNMATCHED"] } }, [], { totalCount: 0, endCursor: null }),
          connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        ],
        "/mentorships?status=UNMATCHED",
      );

      expect(await screen.findByText("No mentorships match these filters")).toBeInTheDocument();

      const grid = screen.getByRole("grid");
      await user.click(within(grid).getByRole("button", { name: "Clear filters" }));

      expect(await screen.findByText("All Mentor 0")).toBeInTheDocument();
      expect(router.state.location.search).toBe("");
    });

    test("says when there are no mentorships at all", async () => {
      renderPage([connectionMock(FIRST_PAGE, [], { totalCount: 0, endCursor: null })]);

      expect(await screen.findByText("No mentorships yet")).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
    });

    test("names a filter the API rejects and offers to clear it", async () => {
      const user = userEvent.setup();
      const message = "Invalid argument filter.search: must be shorter than or equal to 100 characters";
      const router = renderPage(
        [
          {
            request: { query: MentorshipsPageQuery, variables: { ...FIRST_PAGE, filter: { search: "Ana" } } },
            result: { errors: [new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName: "filter.search" } })] },
          },
          connectionMock(FIRST_PAGE, buildPage("All", 2), { totalCount: 2, endCursor: "c1" }),
        ],
        "/mentorships?q=Ana",
      );

      expect(await screen.findByText("Could not filter mentorships")).toBeInTheDocument();
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(screen.queryByText(/Check your connection/)).not.toBeInTheDocument();

      await user.click(within(screen.getByRole("alert")).getByRole("button", { name: "Clear filters" }));

      expect(await screen.findByText("All Mentor 0")).toBeInTheDocument();
      expect(searchOf(router).has("q")).toBe(false);
    });

    test("shows an error with a retry", async () => {
      renderPage([{ request: { query: MentorshipsPageQuery, variables: FIRST_PAGE }, error: new Error("Failed to fetch") }]);

      expect(await screen.findByText("Could not load mentorships")).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    });
  });

  describe("export", () => {
    test("downloads every row in the default order", async () => {
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

      const link = await screen.findByRole("link", { name: /^Export/ });

      expect(link).toHaveAttribute("href", "/export/mentorships.csv?sort=MATCHED_ON&direction=DESC");
    });

    test("carries the filters and order but not the page", async () => {
      renderPage([], "/mentorships?program=prg_00000000000000000000000000000001&program=prg_00000000000000000000000000000002&status=MATCHED&openFlags=no&q=Ren%C3%A9e&page=2&after=c25&sort=mentorName");

      const link = await screen.findByRole("link", { name: /^Export/ });
      const url = new URL(link.getAttribute("href") ?? "", "http://localhost");

      expect(url.pathname).toBe("/export/mentorships.csv");
      expect(url.searchParams.getAll("programIds")).toEqual(["prg_00000000000000000000000000000001", "prg_00000000000000000000000000000002"]);
      expect(url.searchParams.getAll("statuses")).toEqual(["MATCHED"]);
      expect(url.searchParams.get("hasOpenPriorityFlags")).toBe("false");
      expect(url.searchParams.get("search")).toBe("Renée");
      expect(url.searchParams.get("sort")).toBe("MENTOR_NAME");
      expect(url.searchParams.get("direction")).toBe("ASC");
      expect(url.searchParams.has("after")).toBe(false);
      expect(url.searchParams.has("page")).toBe(false);
    });
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
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("First Mentor 0");

      const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);

      expect(headers).toEqual(["Mentor", "Mentee", "Open", "Details"]);
    });

    test("links each row with a short label", async () => {
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);

      const cell = await screen.findByText("First Mentor 0");
      const row = cell.closest('[role="row"]') as HTMLElement;

      expect(within(row).getByRole("link", { name: /View mentorship/ })).toHaveTextContent("View");
    });

    test("offers the page size", async () => {
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("First Mentor 0");

      expect(screen.getByRole("combobox", { name: "Rows:" })).toHaveTextContent("25");
    });

    test("folds the filters behind a button", async () => {
      const user = userEvent.setup();
      renderPage([connectionMock(FIRST_PAGE, buildPage("First", 2), { totalCount: 2, endCursor: "c1" })]);
      await screen.findByText("First Mentor 0");

      expect(screen.queryByRole("combobox", { name: "Status" })).not.toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: /Filters/ }));

      expect(screen.getByRole("combobox", { name: "Status" })).toBeInTheDocument();
    });
  });
});
