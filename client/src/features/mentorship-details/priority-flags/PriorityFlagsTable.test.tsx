import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { makeFragmentData } from "../../../gql";
import type { PriorityFlagSort } from "../../../gql/graphql";
import {
  ADMIN_FIELD_ACCESS,
  ANALYST_FIELD_ACCESS,
  buildMentorship,
  buildPriorityFlag,
  type FieldAccessFixture,
  mentorshipAsSeenByAnalyst,
  type MentorshipFixture,
} from "../../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../../test-support/render-with-providers";
import { PriorityFlagsTable, PriorityFlagsTable_mentorship } from "./PriorityFlagsTable";

const NEWEST_FIRST: PriorityFlagSort = { field: "REPORTED_AT", direction: "DESC" };

function renderTable(mentorship: MentorshipFixture, sort: PriorityFlagSort = NEWEST_FIRST, fieldAccess: FieldAccessFixture = ADMIN_FIELD_ACCESS) {
  const onSortChange = jest.fn<void, [PriorityFlagSort]>();
  renderWithProviders(
    <PriorityFlagsTable
      mentorship={makeFragmentData(mentorship, PriorityFlagsTable_mentorship)}
      flagNotesReadable={fieldAccess.flagNotes}
      sort={sort}
      onSortChange={onSortChange}
    />,
  );

  return { onSortChange };
}

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });

  return term.nextElementSibling as HTMLElement;
}

describe("PriorityFlagsTable", () => {
  test("lists each flag with date, category, urgency, status and subject", () => {
    renderTable(buildMentorship({ priorityFlags: [buildPriorityFlag()] }));

    const row = screen.getByRole("button", { name: /^Expand / }).closest("tr") as HTMLElement;

    expect(within(row).getByText("Mar 12, 2026, 9:00 AM PDT")).toBeInTheDocument();
    expect(within(row).getByText("Financial concerns")).toBeInTheDocument();
    expect(within(row).getByText("Urgent")).toBeInTheDocument();
    expect(within(row).getByText("In progress")).toBeInTheDocument();
    expect(within(row).getByText("Tomás Núñez")).toBeInTheDocument();
  });

  test("names the expand button by category and date", () => {
    renderTable(buildMentorship({ priorityFlags: [buildPriorityFlag()] }));

    expect(screen.getByRole("button", { name: "Expand flag: Financial concerns, March 12, 2026" })).toBeInTheDocument();
  });

  test("expands a row to the flag's details", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ priorityFlags: [buildPriorityFlag()] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(valueOf("Description")).toHaveTextContent("Mentee mentioned he may not afford next term's housing.");
    expect(valueOf("Channel")).toHaveTextContent("Post-session survey");
    expect(valueOf("Reported by")).toHaveTextContent("Renée Okafor (Mentor)");
    expect(valueOf("First response")).toHaveTextContent("Mar 12, 2026, 1:15 PM PDT");
    expect(valueOf("Resolved")).toHaveTextContent("Not resolved");
    expect(valueOf("Assignee")).toHaveTextContent("Dana Whitfield");
  });

  test("shows how a resolved flag was closed", async () => {
    const user = userEvent.setup();
    const resolved = buildPriorityFlag({
      status: "RESOLVED",
      resolvedAt: "2026-03-14T17:00:00.000Z",
      resolutionReason: "REFERRED",
      resolutionNote: "Referred to the emergency grant office.\nGrant approved.",
    });
    renderTable(buildMentorship({ priorityFlags: [resolved] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(valueOf("Resolved")).toHaveTextContent("Mar 14, 2026, 10:00 AM PDT");
    expect(valueOf("Resolution reason")).toHaveTextContent("Referred");
    expect(valueOf("Resolution note")).toHaveTextContent("Referred to the emergency grant office. Grant approved.");
  });

  test("marks a missing resolution note as not provided for an admin", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ priorityFlags: [buildPriorityFlag({ resolutionNote: null })] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(valueOf("Resolution note")).toHaveTextContent("Not provided");
  });

  test("marks the resolution note hidden for an analyst", async () => {
    const user = userEvent.setup();
    const resolved = buildPriorityFlag({ status: "RESOLVED", resolutionReason: "REFERRED", resolutionNote: "Referred to the grant office." });
    renderTable(mentorshipAsSeenByAnalyst(buildMentorship({ priorityFlags: [resolved] })), NEWEST_FIRST, ANALYST_FIELD_ACCESS);

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(valueOf("Resolution note")).toHaveTextContent("Hidden for your role");
    expect(valueOf("Resolution reason")).toHaveTextContent("Referred");
  });

  test("links an expanded flag to the flags page", async () => {
    const user = userEvent.setup();
    renderTable(buildMentorship({ priorityFlags: [buildPriorityFlag({ id: "flg_42" })] }));

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(screen.getByRole("link", { name: "See flag" })).toHaveAttribute("href", "/flags/flg_42");
  });

  test("shows newest first as the active order", () => {
    renderTable(buildMentorship());

    expect(screen.getByRole("columnheader", { name: /Reported/ })).toHaveAttribute("aria-sort", "descending");
  });

  test("asks for oldest first when the header is clicked", async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable(buildMentorship());

    await user.click(screen.getByRole("button", { name: /Reported/ }));

    expect(onSortChange).toHaveBeenCalledWith({ field: "REPORTED_AT", direction: "ASC" });
  });

  test("asks for newest first again from oldest first", async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable(buildMentorship(), { field: "REPORTED_AT", direction: "ASC" });

    await user.click(screen.getByRole("button", { name: /Reported/ }));

    expect(onSortChange).toHaveBeenCalledWith({ field: "REPORTED_AT", direction: "DESC" });
  });

  test("says when no flag was reported", () => {
    renderTable(buildMentorship({ priorityFlags: [], priorityFlagCount: 0, openPriorityFlagCount: 0 }));

    expect(screen.getByText("No priority flags reported")).toBeInTheDocument();
  });
});
