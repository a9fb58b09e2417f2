import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";

import { theme } from "../../app/theme";
import type { FlagsPageQueryVariables } from "../../gql/graphql";
import { FlagsPage, FlagsPageQuery } from "./FlagsPage";

const NEWEST_FIRST = { field: "REPORTED_AT", direction: "DESC" } as const;
const FIRST_PAGE = { first: 25, sort: NEWEST_FIRST } as const;

const PROGRAMS = [
  { __typename: "Program", id: "prg_00000000000000000000000000000001", name: "First-Year Connect" },
  { __typename: "Program", id: "prg_00000000000000000000000000000002", name: "Alumni Circle" },
];

const CATEGORIES = {
  financial: { __typename: "FlagCategory", id: "fct_00000000000000000000000000000001", label: "Financial concerns" },
  wellbeing: { __typename: "FlagCategory", id: "fct_00000000000000000000000000000002", label: "Mental health" },
};

const FLAG_CATEGORIES = [
  { ...CATEGORIES.financial, program: { __typename: "Program", name: "First-Year Connect" } },
  { ...CATEGORIES.wellbeing, program: { __typename: "Program", name: "First-Year Connect" } },
  { __typename: "FlagCategory", id: "fct_00000000000000000000000000000003", label: "Mental health", program: { __typename: "Program", name: "Alumni Circle" } },
  { __typename: "FlagCategory", id: "fct_00000000000000000000000000000004", label: "Housing", program: { __typename: "Program", name: "Alumni Circle" } },
];

function buildFlag(prefix: string, index: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "PriorityFlag",
    id: `flg_${prefix}${index}`,
    reportedAt: "2026-03-12T16:00:00.000Z",
    urgent: true,
    status: "OPEN",
    timeToFirstResponse: null,
    timeToResolution: null,
    category: CATEGORIES.financial,
    subject: { __typename: "Participant", id: `par_${prefix}${index}`, displayName: `${prefix} Mentee ${index}` },
    program: PROGRAMS[0],
    assignee: null,
    mentorship: {
      __typename: "Mentorship",
      id: `mtr_${prefix}${index}`,
      mentor: { __typename: "Participant", id: `par_${prefix}m${index}`, displayName: `${prefix} Mentor ${index}` },
      mentee: { __typename: "Participant", id: `par_${prefix}${index}`, displayName: `${prefix} Mentee ${index}` },
    },
    ...overrides,
  };
}

function flagsMock(variables: FlagsPageQueryVariables, flags: unknown[], totalCount = flags.length, endCursor: string | null = "c1"): MockLink.MockedResponse {
  return {
    request: { query: FlagsPageQuery, variables },
    result: {
      data: {
        programs: { __typename: "ProgramConnection", edges: PROGRAMS.map((node) => ({ __typename: "ProgramEdge", node })) },
        flagCategories: FLAG_CATEGORIES,
        priorityFlags: {
          __typename: "PriorityFlagConnection",
          totalCount,
          pageInfo: { __typename: "PageInfo", hasNextPage: totalCount > flags.length, startCursor: endCursor && `start-${endCursor}`, endCursor },
          edges: flags.map((node) => ({ __typename: "PriorityFlagEdge", node })),
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], path = "/flags") {
  const router = createMemoryRouter([{ path: "/flags", element: <FlagsPage /> }], { initialEntries: [path] });
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

async function chooseOption(user: ReturnType<typeof userEvent.setup>, selectName: string, optionName: string) {
  await user.click(screen.getByRole("combobox", { name: selectName }));
  await user.click(await screen.findByRole("option", { name: optionName }));
}

describe("FlagsPage", () => {
  test("links each flag to its page, its pair and its subject", async () => {
    renderPage([flagsMock(FIRST_PAGE, [buildFlag("A", 0)])]);

    const cell = await screen.findByText("Financial concerns");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).getByRole("link", { name: "Financial concerns flag about A Mentee 0: view flag" })).toHaveAttribute("href", "/flags/flg_A0");
    expect(within(row).getByRole("link", { name: "View pair: A Mentor 0 and A Mentee 0" })).toHaveAttribute("href", "/mentorships/mtr_A0");
    expect(within(row).getByRole("link", { name: "Profile of A Mentee 0" })).toHaveAttribute("href", "/participants/par_A0");
  });

  test("leaves out the pair link of a flag outside a mentorship", async () => {
    renderPage([flagsMock(FIRST_PAGE, [buildFlag("A", 0, { mentorship: null })])]);

    const cell = await screen.findByText("Financial concerns");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).queryByRole("link", { name: /^View pair/ })).not.toBeInTheDocument();
  });

  test("shows response and resolution times", async () => {
    renderPage([
      flagsMock(FIRST_PAGE, [buildFlag("A", 0, { status: "RESOLVED", timeToFirstResponse: 4 * 3600 + 15 * 60, timeToResolution: 2 * 86_400 + 3600 })]),
    ]);

    const cell = await screen.findByText("Financial concerns");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).getByText("4 h 15 min")).toBeInTheDocument();
    expect(within(row).getByText("2 d 1 h")).toBeInTheDocument();
  });

  test("marks flags still waiting for a response", async () => {
    renderPage([flagsMock(FIRST_PAGE, [buildFlag("A", 0)])]);

    const cell = await screen.findByText("Financial concerns");
    const row = cell.closest('[role="row"]') as HTMLElement;

    expect(within(row).getByText("Waiting")).toBeInTheDocument();
    expect(within(row).getByText("Not resolved")).toBeInTheDocument();
  });

  test("requests the filters of the address", async () => {
    renderPage(
      [
        flagsMock(
          {
            first: 50,
            sort: { field: "TIME_TO_FIRST_RESPONSE", direction: "DESC" },
            filter: {
              statuses: ["OPEN", "IN_PROGRESS"],
              categoryIds: ["fct_00000000000000000000000000000002"],
              programIds: ["prg_00000000000000000000000000000002"],
              urgent: true,
              // Days in the test time zone, America/Los_Angeles, which is UTC-8 in February.
              reportedFrom: "2026-02-01T08:00:00.000Z",
              reportedTo: "2026-03-01T07:59:59.999Z",
            },
          },
          [buildFlag("Filtered", 0, { category: CATEGORIES.wellbeing })],
        ),
      ],
      "/flags?status=OPEN&status=IN_PROGRESS&category=fct_00000000000000000000000000000002&program=prg_00000000000000000000000000000002&urgency=urgent&reportedFrom=2026-02-01&reportedTo=2026-02-28&sort=-timeToFirstResponse&size=50",
    );

    expect(await screen.findByText("Filtered Mentee 0")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Category" })).toHaveTextContent("Mental health");
  });

  test("ignores malformed filters of the address", async () => {
    renderPage([flagsMock(FIRST_PAGE, [buildFlag("All", 0)])], "/flags?category=zzz&program=zzz&reportedFrom=2026-02-31");

    expect(await screen.findByText("All Mentee 0")).toBeInTheDocument();
    expect(screen.queryByText(/Could not/)).not.toBeInTheDocument();
  });

  test.each([
    ["Status", "status", "OPEN", "Open"],
    ["Urgency", "urgency", "not-urgent", "Not urgent"],
    ["Programs", "program", "prg_00000000000000000000000000000002", "Alumni Circle"],
  ] as const)("writes the %s filter to the address and the query", async (selectName, key, value, optionName) => {
    const user = userEvent.setup();
    const filter =
      key === "status" ? { statuses: ["OPEN" as const] } : key === "urgency" ? { urgent: false } : { programIds: ["prg_00000000000000000000000000000002"] };
    const router = renderPage([flagsMock(FIRST_PAGE, [buildFlag("All", 0)]), flagsMock({ ...FIRST_PAGE, filter }, [buildFlag("Filtered", 0)])]);
    await screen.findByText("All Mentee 0");

    await chooseOption(user, selectName, optionName);

    expect(await screen.findByText("Filtered Mentee 0")).toBeInTheDocument();
    expect(searchOf(router).get(key)).toBe(value);
  });

  test("offers every category of the partner, even one no loaded flag has", async () => {
    const user = userEvent.setup();
    renderPage([
      flagsMock(FIRST_PAGE, [buildFlag("All", 0)]),
      flagsMock({ ...FIRST_PAGE, filter: { categoryIds: ["fct_00000000000000000000000000000004"] } }, [buildFlag("Filtered", 0)]),
    ]);
    await screen.findByText("All Mentee 0");

    await chooseOption(user, "Category", "Housing");

    expect(await screen.findByText("Filtered Mentee 0")).toBeInTheDocument();
  });

  test("names the program of a category label that two programs use", async () => {
    const user = userEvent.setup();
    renderPage([
      flagsMock(FIRST_PAGE, [buildFlag("All", 0)]),
      flagsMock({ ...FIRST_PAGE, filter: { categoryIds: ["fct_00000000000000000000000000000003"] } }, [buildFlag("Filtered", 0)]),
    ]);
    await screen.findByText("All Mentee 0");

    await chooseOption(user, "Category", "Mental health (Alumni Circle)");

    expect(await screen.findByText("Filtered Mentee 0")).toBeInTheDocument();
  });

  test.each([
    ["Reported", "asc", { field: "REPORTED_AT", direction: "ASC" }],
    ["Status", "asc", { field: "STATUS", direction: "ASC" }],
    ["Category", "asc", { field: "CATEGORY", direction: "ASC" }],
    ["Urgency", "desc", { field: "URGENCY", direction: "DESC" }],
    ["About", "asc", { field: "SUBJECT_NAME", direction: "ASC" }],
    ["Program", "asc", { field: "PROGRAM_NAME", direction: "ASC" }],
    ["Assignee", "asc", { field: "ASSIGNEE_NAME", direction: "ASC" }],
    ["First response", "desc", { field: "TIME_TO_FIRST_RESPONSE", direction: "DESC" }],
    ["Resolution", "desc", { field: "TIME_TO_RESOLUTION", direction: "DESC" }],
  ] as const)("sorts by %s through the API", async (header, _direction, sort) => {
    const user = userEvent.setup();
    renderPage([flagsMock(FIRST_PAGE, [buildFlag("All", 0)]), flagsMock({ first: 25, sort }, [buildFlag("Sorted", 0)])]);
    await screen.findByText("All Mentee 0");

    await user.click(screen.getByRole("columnheader", { name: header }));

    expect(await screen.findByText("Sorted Mentee 0")).toBeInTheDocument();
  });

  test("returns to the previous filter with the back button", async () => {
    const user = userEvent.setup();
    const router = renderPage([
      flagsMock(FIRST_PAGE, [buildFlag("All", 0)]),
      flagsMock({ ...FIRST_PAGE, filter: { urgent: true } }, [buildFlag("Urgent", 0)]),
    ]);
    await screen.findByText("All Mentee 0");
    await chooseOption(user, "Urgency", "Urgent");
    await screen.findByText("Urgent Mentee 0");

    await act(() => router.navigate(-1));

    expect(await screen.findByText("All Mentee 0")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Urgency" })).toHaveTextContent("Any");
  });

  test("stores the next page's cursor in the address", async () => {
    const user = userEvent.setup();
    const firstPage = Array.from({ length: 25 }, (_, index) => buildFlag("First", index));
    const router = renderPage([flagsMock(FIRST_PAGE, firstPage, 30, "cursor-25"), flagsMock({ ...FIRST_PAGE, after: "cursor-25" }, [buildFlag("Second", 0)], 30, "cursor-30")]);
    await screen.findByText("First Mentee 0");

    await user.click(screen.getByRole("button", { name: /next page/i }));

    expect(await screen.findByText("Second Mentee 0")).toBeInTheDocument();
    expect(searchOf(router).get("after")).toBe("cursor-25");
  });

  test("offers to clear filters that match nothing", async () => {
    renderPage([flagsMock({ ...FIRST_PAGE, filter: { statuses: ["RESOLVED"] } }, [], 0, null)], "/flags?status=RESOLVED");

    expect(await screen.findByText("No priority flags match these filters")).toBeInTheDocument();
    expect(within(screen.getByRole("grid")).getByRole("button", { name: "Clear filters" })).toBeInTheDocument();
  });

  test("shows an error with a retry", async () => {
    renderPage([{ request: { query: FlagsPageQuery, variables: FIRST_PAGE }, error: new Error("Failed to fetch") }]);

    expect(await screen.findByText("Could not load priority flags")).toBeInTheDocument();
  });
});
