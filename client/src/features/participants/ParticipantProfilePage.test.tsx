import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { MemoryRouter, Route, Routes } from "react-router";

import { theme } from "../../app/theme";
import {
  ADMIN_FIELD_ACCESS,
  ANALYST_FIELD_ACCESS,
  buildMentee,
  buildPriorityFlag,
  buildSurveyResponse,
  type FieldAccessFixture,
  participantAsSeenByAnalyst,
} from "../../test-support/mentorship-fixtures";
import {
  DEFAULT_PROFILE_FLAG_SORT,
  DEFAULT_PROFILE_SURVEY_FILTER,
  DEFAULT_PROFILE_SURVEY_SORT,
  ParticipantProfilePage,
  ParticipantProfilePageQuery,
} from "./ParticipantProfilePage";

const MENTEE = buildMentee();
const VARIABLES = {
  id: MENTEE.id,
  surveyFilter: DEFAULT_PROFILE_SURVEY_FILTER,
  surveySort: DEFAULT_PROFILE_SURVEY_SORT,
  flagSort: DEFAULT_PROFILE_FLAG_SORT,
};

function buildPairing(id: string, mentorName: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Mentorship",
    id,
    status: "MATCHED",
    matchedOn: "2026-03-01",
    unmatchedOn: null,
    unmatchReason: null,
    lastConversationAt: "2026-03-02T01:30:00.000Z",
    conversationCount: 7,
    openPriorityFlagCount: 1,
    program: { __typename: "Program", id: "prg_1", name: "First-Year Connect" },
    mentor: { __typename: "Participant", id: `par_${id}`, role: "MENTOR", displayName: mentorName },
    mentee: { __typename: "Participant", id: MENTEE.id, role: "MENTEE", displayName: MENTEE.displayName },
    ...overrides,
  };
}

function buildProfile(overrides: Record<string, unknown> = {}) {
  return {
    ...MENTEE,
    firstName: "Tomás",
    lastName: "Núñez",
    preferredName: null,
    externalId: "S-2027-0142",
    createdAt: "2025-08-20T17:00:00.000Z",
    program: { __typename: "Program", id: "prg_1", name: "First-Year Connect" },
    lifeExperienceLabels: ["First-generation student", "Worked while studying"],
    goals: ["Explore careers", "Build a network"],
    mentorships: [
      buildPairing("mtr_current", "Renée Okafor"),
      buildPairing("mtr_past", "Jonas Berg", { status: "UNMATCHED", unmatchedOn: "2025-12-15", unmatchReason: "PROGRAM_CYCLE_ENDED", openPriorityFlagCount: 0 }),
    ],
    surveyResponses: [buildSurveyResponse()],
    priorityFlags: [buildPriorityFlag()],
    ...overrides,
  };
}

function profileMock(profile: ReturnType<typeof buildProfile>, fieldAccess: FieldAccessFixture = ADMIN_FIELD_ACCESS): MockLink.MockedResponse {
  const analyst = !fieldAccess.contactDetails;

  return {
    request: { query: ParticipantProfilePageQuery, variables: VARIABLES },
    result: {
      data: {
        viewer: { __typename: "Viewer", fieldAccess },
        participant: analyst
          ? {
              ...profile,
              ...participantAsSeenByAnalyst(MENTEE),
              priorityFlags: profile.priorityFlags.map((flag) => ({ ...flag, resolutionNote: null })),
            }
          : profile,
      },
      errors: analyst ? [new GraphQLError("Hidden for your role.", { extensions: { code: "FORBIDDEN" } })] : undefined,
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  render(
    <ThemeProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/participants/${MENTEE.id}`]}>
          <Routes>
            <Route path="/participants/:id" element={<ParticipantProfilePage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </ThemeProvider>,
  );
}

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });

  return term.nextElementSibling as HTMLElement;
}

describe("ParticipantProfilePage", () => {
  test("shows the person's name, role and program", async () => {
    renderPage([profileMock(buildProfile())]);

    expect(await screen.findByRole("heading", { level: 1, name: "Mentee: Tomás Núñez" })).toBeInTheDocument();
    expect(screen.getByText("he/him · First-Year Connect")).toBeInTheDocument();
    expect(document.title).toBe("Tomás Núñez – Mentorlens");
  });

  test("shows every profile field", async () => {
    renderPage([profileMock(buildProfile())]);
    await screen.findByRole("heading", { level: 1 });

    expect(valueOf("First name")).toHaveTextContent("Tomás");
    expect(valueOf("Last name")).toHaveTextContent("Núñez");
    expect(valueOf("Preferred name")).toHaveTextContent("Not provided");
    expect(valueOf("Partner's id")).toHaveTextContent("S-2027-0142");
    expect(valueOf("Gender")).toHaveTextContent("Man");
    expect(valueOf("Race/ethnicity")).toHaveTextContent("Hispanic or Latino");
    expect(valueOf("Graduation year")).toHaveTextContent("2027");
    expect(valueOf("Email")).toHaveTextContent("tomas.nunez@example.edu");
    expect(valueOf("College")).toHaveTextContent("Engineering");
    expect(valueOf("Pell eligible")).toHaveTextContent("No");
  });

  test("lists life experiences and goals", async () => {
    renderPage([profileMock(buildProfile())]);
    await screen.findByRole("heading", { level: 1 });

    expect(screen.getByText("First-generation student")).toBeInTheDocument();
    expect(screen.getByText("Worked while studying")).toBeInTheDocument();
    expect(screen.getByText("Explore careers")).toBeInTheDocument();
  });

  test("says so when there are no life experiences or goals", async () => {
    renderPage([profileMock(buildProfile({ lifeExperienceLabels: [], goals: [] }))]);
    await screen.findByRole("heading", { level: 1 });

    expect(screen.getByText("No life experiences reported")).toBeInTheDocument();
    expect(screen.getByText("No goals chosen")).toBeInTheDocument();
  });

  test("links current and past mentorships to their pair", async () => {
    renderPage([profileMock(buildProfile())]);
    await screen.findByRole("heading", { level: 1 });

    const current = screen.getByRole("region", { name: "Current mentorships" });
    const past = screen.getByRole("region", { name: "Past mentorships" });

    expect(within(current).getByRole("link", { name: "View pair with Renée Okafor" })).toHaveAttribute("href", "/mentorships/mtr_current");
    expect(within(past).getByRole("link", { name: "View pair with Jonas Berg" })).toHaveAttribute("href", "/mentorships/mtr_past");
    expect(within(past).getByText(/Ended December 15, 2025 \(Program cycle ended\)/)).toBeInTheDocument();
    expect(within(current).getByRole("link", { name: "Renée Okafor" })).toHaveAttribute("href", "/participants/par_mtr_current");
  });

  test("lists survey responses with their highlights and quotes", async () => {
    const user = userEvent.setup();
    renderPage([profileMock(buildProfile())]);
    await screen.findByRole("heading", { level: 1 });

    const table = screen.getByRole("region", { name: "Survey responses" });
    await user.click(within(table).getByRole("button", { name: /^Expand After your conversation/ }));

    expect(within(table).getByText(/We planned my internship applications\./)).toBeInTheDocument();
    expect(within(table).getByRole("button", { name: "Copy anonymized quote" })).toBeInTheDocument();
    expect(within(table).queryByRole("combobox", { name: "Respondent" })).not.toBeInTheDocument();
  });

  test("lists the flags about the person with links", async () => {
    const user = userEvent.setup();
    renderPage([profileMock(buildProfile())]);
    await screen.findByRole("heading", { level: 1 });

    const flags = screen.getByRole("region", { name: "Priority flags about this person" });
    await user.click(within(flags).getByRole("button", { name: /^Expand flag: Financial concerns/ }));

    expect(within(flags).getByRole("link", { name: "See flag" })).toHaveAttribute("href", "/flags/flg_00000000000000000000000000000001");
  });

  test("marks contact details hidden for an analyst", async () => {
    renderPage([profileMock(buildProfile(), ANALYST_FIELD_ACCESS)]);
    await screen.findByRole("heading", { level: 1 });

    expect(valueOf("Email")).toHaveTextContent("Hidden for your role");
    expect(valueOf("Phone")).toHaveTextContent("Hidden for your role");
  });

  test("says so for an unknown id", async () => {
    renderPage([
      {
        request: { query: ParticipantProfilePageQuery, variables: VARIABLES },
        result: { errors: [new GraphQLError("No participant was found.", { extensions: { code: "NOT_FOUND" } })] },
      },
    ]);

    expect(await screen.findByRole("heading", { name: "Participant not found" })).toBeInTheDocument();
  });

  test("shows a skeleton while loading", () => {
    renderPage([profileMock(buildProfile())]);

    expect(screen.getByLabelText("Loading profile")).toHaveAttribute("aria-busy", "true");
  });

  test("shows a load error with a retry", async () => {
    renderPage([{ request: { query: ParticipantProfilePageQuery, variables: VARIABLES }, error: new Error("Failed to fetch") }]);

    expect(await screen.findByText("Could not load this participant")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
