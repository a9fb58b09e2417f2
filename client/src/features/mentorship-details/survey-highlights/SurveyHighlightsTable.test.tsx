import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { makeFragmentData } from "../../../gql";
import type { SurveyResponseFilter, SurveyResponseSort } from "../../../gql/graphql";
import { buildMentorship, buildSurveyResponse, type MentorshipFixture } from "../../../test-support/mentorship-fixtures";
import { mockNarrowScreen } from "../../../test-support/mock-narrow-screen";
import { renderWithProviders } from "../../../test-support/render-with-providers";
import { SurveyHighlightsTable, SurveyHighlightsTable_mentorship } from "./SurveyHighlightsTable";

const DEFAULT_FILTER: SurveyResponseFilter = { highlightsOnly: true };
const NEWEST_FIRST: SurveyResponseSort = { field: "SUBMITTED_AT", direction: "DESC" };

interface RenderOptions {
  filter?: SurveyResponseFilter;
  sort?: SurveyResponseSort;
}

function renderTable(mentorship: MentorshipFixture, { filter = DEFAULT_FILTER, sort = NEWEST_FIRST }: RenderOptions = {}) {
  const onFilterChange = jest.fn<void, [SurveyResponseFilter]>();
  const onSortChange = jest.fn<void, [SurveyResponseSort]>();
  renderWithProviders(
    <SurveyHighlightsTable
      mentorship={makeFragmentData(mentorship, SurveyHighlightsTable_mentorship)}
      filter={filter}
      sort={sort}
      onFilterChange={onFilterChange}
      onSortChange={onSortChange}
    />,
  );

  return { onFilterChange, onSortChange };
}

describe("SurveyHighlightsTable", () => {
  test("lists each response with type, survey, respondent and time", () => {
    renderTable(
      buildMentorship({
        surveyResponses: [
          buildSurveyResponse({
            surveyType: "ASSESSMENT",
            survey: { __typename: "Survey", id: "srv_2", title: "Belonging check", wave: "Mid-program" },
            respondentRole: "MENTOR",
            respondent: { __typename: "Participant", id: "par_1", displayName: "Renée Okafor" },
            submittedAt: "2026-03-10T18:45:00.000Z",
          }),
        ],
      }),
    );

    const row = screen.getByRole("button", { name: /^Expand / }).closest("tr") as HTMLElement;

    expect(within(row).getByText("Assessment")).toBeInTheDocument();
    expect(within(row).getByText("Belonging check")).toBeInTheDocument();
    expect(within(row).getByText("Wave: Mid-program")).toBeInTheDocument();
    expect(within(row).getByText("Mentor")).toBeInTheDocument();
    expect(within(row).getByText("Renée Okafor")).toBeInTheDocument();
    expect(within(row).getByText("Mar 10, 2026, 11:45 AM PDT")).toBeInTheDocument();
  });

  test("names the expand button by survey, respondent and date", () => {
    renderTable(buildMentorship({ surveyResponses: [buildSurveyResponse()] }));

    expect(screen.getByRole("button", { name: "Expand After your conversation from the mentee, March 10, 2026" })).toBeInTheDocument();
  });

  test("expands a row to its highlights", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ surveyResponses: [buildSurveyResponse()] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    const collapse = screen.getByRole("button", { name: /^Collapse / });
    const answer = screen.getByText(/We planned my internship applications\./);

    expect(collapse).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("How useful was this conversation?")).toBeInTheDocument();
    expect(screen.getByText("5 of 5")).toBeInTheDocument();
    expect(answer).toHaveTextContent("We planned my internship applications.\nNext: mock interview.", { normalizeWhitespace: false });
    expect(answer).toHaveStyle({ whiteSpace: "pre-wrap" });
  });

  test("collapses an expanded row", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ surveyResponses: [buildSurveyResponse()] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));
    await user.click(screen.getByRole("button", { name: /^Collapse / }));

    expect(screen.getByRole("button", { name: /^Expand / })).toHaveAttribute("aria-expanded", "false");
  });

  test("labels the filters without a heading", () => {
    // A heading here would skip levels below the section's h2.
    renderTable(buildMentorship());

    expect(screen.getByRole("group", { name: "Filter surveys" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Filter surveys" })).not.toBeInTheDocument();
  });

  test("shows newest first as the active order", () => {
    renderTable(buildMentorship());

    expect(screen.getByRole("columnheader", { name: /Submitted/ })).toHaveAttribute("aria-sort", "descending");
  });

  test("asks for oldest first when the header is clicked", async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable(buildMentorship());

    await user.click(screen.getByRole("button", { name: /Submitted/ }));

    expect(onSortChange).toHaveBeenCalledWith({ field: "SUBMITTED_AT", direction: "ASC" });
  });

  test("asks for newest first again from oldest first", async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable(buildMentorship(), { sort: { field: "SUBMITTED_AT", direction: "ASC" } });

    await user.click(screen.getByRole("button", { name: /Submitted/ }));

    expect(onSortChange).toHaveBeenCalledWith({ field: "SUBMITTED_AT", direction: "DESC" });
  });

  test("filters by survey type", async () => {
    const user = userEvent.setup();
    const { onFilterChange } = renderTable(buildMentorship());

    await user.click(screen.getByRole("combobox", { name: "Survey types" }));
    await user.click(screen.getByRole("option", { name: "Assessment" }));

    expect(onFilterChange).toHaveBeenCalledWith({ highlightsOnly: true, surveyTypes: ["ASSESSMENT"] });
  });

  test("adds a survey type to those selected", async () => {
    const user = userEvent.setup();
    const { onFilterChange } = renderTable(buildMentorship(), { filter: { highlightsOnly: true, surveyTypes: ["MATCHING"] } });

    await user.click(screen.getByRole("combobox", { name: "Survey types" }));
    await user.click(screen.getByRole("option", { name: "Post-session" }));

    expect(onFilterChange).toHaveBeenCalledWith({ highlightsOnly: true, surveyTypes: ["MATCHING", "POST_SESSION"] });
  });

  test("filters by respondent role", async () => {
    const user = userEvent.setup();
    const { onFilterChange } = renderTable(buildMentorship());

    await user.click(screen.getByRole("combobox", { name: "Respondent" }));
    await user.click(screen.getByRole("option", { name: "Mentee" }));

    expect(onFilterChange).toHaveBeenCalledWith({ highlightsOnly: true, respondentRoles: ["MENTEE"] });
  });

  test("clears the filters", async () => {
    const user = userEvent.setup();
    const { onFilterChange } = renderTable(buildMentorship(), {
      filter: { highlightsOnly: true, surveyTypes: ["ASSESSMENT"], respondentRoles: ["MENTOR"] },
    });

    await user.click(screen.getByRole("button", { name: "Clear filters" }));

    expect(onFilterChange).toHaveBeenCalledWith({ highlightsOnly: true });
  });

  test("says when no response matches the filters", () => {
    renderTable(buildMentorship({ surveyResponses: [] }), { filter: { highlightsOnly: true, respondentRoles: ["MENTOR"] } });

    expect(screen.getByText("No survey responses match these filters")).toBeInTheDocument();
  });

  test("says when there are no responses yet", () => {
    renderTable(buildMentorship({ surveyResponses: [] }));

    expect(screen.getByText("No survey responses yet")).toBeInTheDocument();
  });

  describe("on a narrow screen", () => {
    let restoreScreen: () => void;
    const response = buildSurveyResponse({
      survey: { __typename: "Survey", id: "srv_2", title: "Belonging check", wave: "Mid-program" },
      respondentRole: "MENTOR",
      respondent: { __typename: "Participant", id: "par_1", displayName: "Renée Okafor" },
    });

    beforeEach(() => {
      restoreScreen = mockNarrowScreen();
    });

    afterEach(() => {
      restoreScreen();
    });

    test("keeps type, role and time columns", () => {
      renderTable(buildMentorship({ surveyResponses: [response] }));

      const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);

      expect(headers).toEqual(["Details", "Survey type", "Role", "Submitted"]);
    });

    test("leaves survey and respondent name out of the row", () => {
      renderTable(buildMentorship({ surveyResponses: [response] }));

      const row = screen.getByRole("button", { name: /^Expand / }).closest("tr") as HTMLElement;

      expect(within(row).getByText("Mentor")).toBeInTheDocument();
      expect(within(row).queryByText("Belonging check")).not.toBeInTheDocument();
      expect(within(row).queryByText("Renée Okafor")).not.toBeInTheDocument();
    });

    test("shows survey and respondent in the expanded row", async () => {
      const user = userEvent.setup();
      renderTable(buildMentorship({ surveyResponses: [response] }));

      await user.click(screen.getByRole("button", { name: /^Expand / }));

      expect(screen.getByText(/Belonging check, wave: Mid-program · Renée Okafor/)).toBeInTheDocument();
    });
  });
});

describe("SurveyHighlightsTable quotes", () => {
  test("offers an anonymized quote only for open-text answers", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ surveyResponses: [buildSurveyResponse()] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(screen.getAllByRole("button", { name: "Copy anonymized quote" })).toHaveLength(1);
  });
});
