import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GraphQLFormattedError } from "graphql";
import { MemoryRouter, Route, Routes } from "react-router";

import { theme } from "../../app/theme";
import type { MentorshipDetailsPageQueryVariables } from "../../gql/graphql";
import {
  ANALYST_FIELD_ACCESS,
  buildMentorship,
  buildPriorityFlag,
  buildSurveyResponse,
  buildViewer,
  MENTORSHIP_ID,
  mentorshipAsSeenByAnalyst,
  type MentorshipFixture,
} from "../../test-support/mentorship-fixtures";
import {
  DEFAULT_FLAG_SORT,
  DEFAULT_SURVEY_FILTER,
  DEFAULT_SURVEY_SORT,
  MentorshipDetailsPage,
  MentorshipDetailsPageQuery,
} from "./MentorshipDetailsPage";

function pageVariables(overrides: Partial<MentorshipDetailsPageQueryVariables> = {}): MentorshipDetailsPageQueryVariables {
  return {
    id: MENTORSHIP_ID,
    surveyFilter: DEFAULT_SURVEY_FILTER,
    surveySort: DEFAULT_SURVEY_SORT,
    flagSort: DEFAULT_FLAG_SORT,
    ...overrides,
  };
}

function mentorshipMock(mentorship: MentorshipFixture, variables = pageVariables()): MockLink.MockedResponse {
  return { request: { query: MentorshipDetailsPageQuery, variables }, result: { data: { viewer: buildViewer(), mentorship } } };
}

function errorMock(code: string, id = MENTORSHIP_ID): MockLink.MockedResponse {
  return {
    request: { query: MentorshipDetailsPageQuery, variables: pageVariables({ id }) },
    result: {
      data: { viewer: buildViewer(), mentorship: null },
      errors: [{ message: `No Mentorship with id "${id}" was found.`, path: ["mentorship"], extensions: { code } }],
    },
  };
}

function forbiddenError(path: Array<string | number>, field: string): GraphQLFormattedError {
  return { message: `The ANALYST role may not read ${field}.`, path, extensions: { code: "FORBIDDEN", field } };
}

/** Builds the page's response for an analyst: restricted fields null, each with its FORBIDDEN error, then `extraErrors`. */
function analystMock(extraErrors: GraphQLFormattedError[] = []): MockLink.MockedResponse {
  const resolvedFlag = buildPriorityFlag({ status: "RESOLVED", resolutionReason: "REFERRED", resolutionNote: "Referred to the grant office." });
  const mentorship = mentorshipAsSeenByAnalyst(buildMentorship({ priorityFlags: [resolvedFlag] }));

  return {
    request: { query: MentorshipDetailsPageQuery, variables: pageVariables() },
    result: {
      data: { viewer: buildViewer(ANALYST_FIELD_ACCESS), mentorship },
      errors: [
        forbiddenError(["mentorship", "mentor", "email"], "Participant.email"),
        forbiddenError(["mentorship", "mentor", "phone"], "Participant.phone"),
        forbiddenError(["mentorship", "mentee", "email"], "Participant.email"),
        forbiddenError(["mentorship", "mentee", "phone"], "Participant.phone"),
        forbiddenError(["mentorship", "priorityFlags", 0, "resolutionNote"], "PriorityFlag.resolutionNote"),
        ...extraErrors,
      ],
    },
  };
}

function valueIn(region: HTMLElement, label: string): HTMLElement {
  const term = within(region).getByText(label, { selector: "dt" });

  return term.nextElementSibling as HTMLElement;
}

function renderPage(mocks: MockLink.MockedResponse[], id = MENTORSHIP_ID) {
  return render(
    <ThemeProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/mentorships/${id}`]}>
          <Routes>
            <Route path="/mentorships/:id" element={<MentorshipDetailsPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </ThemeProvider>,
  );
}

describe("MentorshipDetailsPage", () => {
  test("shows a skeleton while loading", () => {
    renderPage([mentorshipMock(buildMentorship())]);

    expect(screen.getByLabelText("Loading mentorship")).toHaveAttribute("aria-busy", "true");
  });

  test("composes every panel and table from the page query", async () => {
    renderPage([mentorshipMock(buildMentorship())]);

    expect(await screen.findByRole("heading", { level: 1, name: "Renée Okafor & Tomás Núñez" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Mentor: Renée Okafor" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Mentee: Tomás Núñez" })).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Relevant info" })).getByText("March 1, 2026")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Survey response highlights" })).getByText("After your conversation")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Priority flags" })).getByText("Financial concerns")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Export mentorship" })).toHaveAttribute("href", `/export/mentorships/${MENTORSHIP_ID}.csv`);
  });

  test("renders both participant panels for an analyst", async () => {
    renderPage([analystMock()]);

    expect(await screen.findByRole("region", { name: "Mentor: Renée Okafor" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Mentee: Tomás Núñez" })).toBeInTheDocument();
    expect(screen.queryByText(/Could not/)).not.toBeInTheDocument();
  });

  test("marks contact details hidden for an analyst", async () => {
    renderPage([analystMock()]);

    const mentor = await screen.findByRole("region", { name: "Mentor: Renée Okafor" });
    const mentee = screen.getByRole("region", { name: "Mentee: Tomás Núñez" });

    expect(valueIn(mentor, "Email")).toHaveTextContent("Hidden for your role");
    expect(valueIn(mentor, "Phone")).toHaveTextContent("Hidden for your role");
    expect(valueIn(mentee, "Email")).toHaveTextContent("Hidden for your role");
    expect(valueIn(mentee, "Phone")).toHaveTextContent("Hidden for your role");
  });

  test("marks a flag note hidden for an analyst", async () => {
    const user = userEvent.setup();
    renderPage([analystMock()]);

    const flags = await screen.findByRole("region", { name: "Priority flags" });
    await user.click(within(flags).getByRole("button", { name: /^Expand / }));

    expect(valueIn(flags, "Resolution note")).toHaveTextContent("Hidden for your role");
    expect(valueIn(flags, "Resolution reason")).toHaveTextContent("Referred");
  });

  test("shows the error state when another error comes with the FORBIDDEN ones", async () => {
    renderPage([analystMock([{ message: "Internal server error", path: ["mentorship", "conversationCount"], extensions: { code: "INTERNAL_SERVER_ERROR" } }])]);

    expect(await screen.findByText("Could not load this mentorship")).toBeInTheDocument();
  });

  test("shows contact details to an admin", async () => {
    renderPage([mentorshipMock(buildMentorship())]);

    const mentor = await screen.findByRole("region", { name: "Mentor: Renée Okafor" });

    expect(within(mentor).getByRole("link", { name: "renee.okafor@example.org" })).toBeInTheDocument();
  });

  test("shows not found for an unknown id", async () => {
    renderPage([errorMock("NOT_FOUND")]);

    expect(await screen.findByRole("heading", { name: "Mentorship not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to mentorships" })).toHaveAttribute("href", "/mentorships");
  });

  test("shows not found for a malformed id", async () => {
    renderPage([errorMock("BAD_USER_INPUT", "not-an-id")], "not-an-id");

    expect(await screen.findByRole("heading", { name: "Mentorship not found" })).toBeInTheDocument();
  });

  test("offers a retry after a failed request", async () => {
    const user = userEvent.setup();
    const failure: MockLink.MockedResponse = {
      request: { query: MentorshipDetailsPageQuery, variables: pageVariables() },
      error: new Error("Failed to fetch"),
    };
    renderPage([failure, mentorshipMock(buildMentorship())]);

    await user.click(await screen.findByRole("button", { name: "Retry" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Renée Okafor & Tomás Núñez" })).toBeInTheDocument();
  });

  test("refetches the survey rows in the order asked for", async () => {
    const user = userEvent.setup();
    const oldest = buildMentorship({
      surveyResponses: [buildSurveyResponse({ id: "rsp_old", survey: { __typename: "Survey", id: "srv_2", title: "Oldest survey", wave: null } })],
    });
    const oldestFirst = pageVariables({ surveySort: { field: "SUBMITTED_AT", direction: "ASC" } });
    renderPage([mentorshipMock(buildMentorship()), mentorshipMock(oldest, oldestFirst)]);

    await user.click(await screen.findByRole("button", { name: /Submitted/ }));

    expect(await screen.findByText("Oldest survey")).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: /Submitted/ })).toHaveAttribute("aria-sort", "ascending");
  });

  test("keeps the rows visible while a new order loads", async () => {
    const user = userEvent.setup();
    const oldestFirst = pageVariables({ surveySort: { field: "SUBMITTED_AT", direction: "ASC" } });
    const neverAnswered = { ...mentorshipMock(buildMentorship(), oldestFirst), delay: 60_000 };
    renderPage([mentorshipMock(buildMentorship()), neverAnswered]);

    await user.click(await screen.findByRole("button", { name: /Submitted/ }));

    const table = screen.getByRole("table", { name: "Survey response highlights" });

    expect(within(table).getByText("After your conversation")).toBeInTheDocument();
    expect(table).toHaveAttribute("aria-busy", "true");
  });

  test("refetches the survey rows for a respondent role", async () => {
    const user = userEvent.setup();
    const mentorOnly = pageVariables({ surveyFilter: { highlightsOnly: true, respondentRoles: ["MENTOR"] } });
    renderPage([mentorshipMock(buildMentorship()), mentorshipMock(buildMentorship({ surveyResponses: [] }), mentorOnly)]);

    await user.click(await screen.findByRole("combobox", { name: "Respondent" }));
    await user.click(screen.getByRole("option", { name: "Mentor" }));

    expect(await screen.findByText("No survey responses match these filters")).toBeInTheDocument();
  });
});
