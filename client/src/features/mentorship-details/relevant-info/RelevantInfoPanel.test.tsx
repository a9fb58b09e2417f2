import { screen, within } from "@testing-library/react";

import { makeFragmentData } from "../../../gql";
import { buildMentorship, type MentorshipFixture } from "../../../test-support/mentorship-fixtures";
import { renderWithProviders } from "../../../test-support/render-with-providers";
import { RelevantInfoPanel, RelevantInfoPanel_mentorship } from "./RelevantInfoPanel";

function renderPanel(mentorship: MentorshipFixture) {
  return renderWithProviders(<RelevantInfoPanel mentorship={makeFragmentData(mentorship, RelevantInfoPanel_mentorship)} />);
}

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });

  return term.nextElementSibling as HTMLElement;
}

describe("RelevantInfoPanel", () => {
  test("shows a matched status", () => {
    renderPanel(buildMentorship());

    expect(valueOf("Status")).toHaveTextContent("Matched");
    expect(screen.queryByText(/Reason:/)).not.toBeInTheDocument();
  });

  test("shows the unmatch reason in words and the note", () => {
    renderPanel(
      buildMentorship({
        status: "UNMATCHED",
        unmatchedOn: "2026-05-15",
        unmatchReason: "PARTICIPANT_LEFT_PROGRAM",
        unmatchNote: "Transferred to another university.",
      }),
    );

    const status = valueOf("Status");

    expect(status).toHaveTextContent("Unmatched");
    expect(status).toHaveTextContent("Unmatched on May 15, 2026");
    expect(status).toHaveTextContent("Reason: Participant left the program");
    expect(status).toHaveTextContent("Note: Transferred to another university.");
  });

  test("shows the date matched on its calendar day west of UTC", () => {
    renderPanel(buildMentorship({ matchedOn: "2026-03-01" }));

    expect(process.env.TZ).toBe("America/Los_Angeles");
    expect(valueOf("Date matched")).toHaveTextContent("March 1, 2026");
  });

  test("shows the last conversation in the viewer's time zone", () => {
    renderPanel(buildMentorship({ lastConversationAt: "2026-03-02T01:30:00.000Z" }));

    expect(valueOf("Last conversation logged")).toHaveTextContent("Mar 1, 2026, 5:30 PM PST");
  });

  test("says when no conversation was logged", () => {
    renderPanel(buildMentorship({ lastConversationAt: null, conversationCount: 0 }));

    expect(valueOf("Last conversation logged")).toHaveTextContent("No conversations logged");
    expect(valueOf("Conversations logged")).toHaveTextContent("0");
  });

  test("shows conversation and flag totals", () => {
    renderPanel(buildMentorship({ conversationCount: 12, priorityFlagCount: 3, openPriorityFlagCount: 1 }));

    expect(valueOf("Conversations logged")).toHaveTextContent("12");
    expect(valueOf("Priority flags reported")).toHaveTextContent("3 (1 open)");
  });

  test("shows the mentee's goals as chips", () => {
    renderPanel(buildMentorship({ menteeGoals: ["Explore careers", "Academic success"] }));

    expect(screen.getByText("Explore careers")).toHaveClass("MuiChip-label");
    expect(screen.getByText("Academic success")).toHaveClass("MuiChip-label");
  });

  test("groups what the pair has in common by kind", () => {
    renderPanel(
      buildMentorship({
        commonGround: [
          { __typename: "CommonGround", kind: "CUSTOM_ATTRIBUTE", label: "College", value: "Engineering" },
          { __typename: "CommonGround", kind: "LIFE_EXPERIENCE", label: "Transfer student", value: null },
          { __typename: "CommonGround", kind: "CHARACTERISTIC", label: "Preferred meeting frequency", value: "Every two weeks" },
        ],
      }),
    );

    const headings = screen.getAllByRole("heading", { level: 4 }).map((heading) => heading.textContent);
    const lifeExperiences = screen.getByRole("heading", { name: "Life experiences" }).parentElement as HTMLElement;

    expect(headings).toEqual(["Life experiences", "Characteristics", "Program attributes"]);
    expect(within(lifeExperiences).getByText("Transfer student")).toBeInTheDocument();
    expect(screen.getByText("College: Engineering")).toBeInTheDocument();
    expect(screen.getByText("Every two weeks").closest(".MuiChip-root")).toHaveAttribute("title", "Preferred meeting frequency");
  });

  test("says when nothing is in common", () => {
    renderPanel(buildMentorship({ commonGround: [] }));

    expect(screen.getByText("Nothing in common found")).toBeInTheDocument();
  });
});
