import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { makeFragmentData } from "../../../gql";
import { buildMentorship, buildPriorityFlag } from "../../../test-support/mentorship-fixtures";
import { mockNarrowScreen } from "../../../test-support/mock-narrow-screen";
import { renderWithProviders } from "../../../test-support/render-with-providers";
import { PriorityFlagsTable, PriorityFlagsTable_mentorship } from "./PriorityFlagsTable";

function renderTable() {
  const flag = buildPriorityFlag({ urgent: true, status: "IN_PROGRESS" });
  renderWithProviders(
    <PriorityFlagsTable
      mentorship={makeFragmentData(buildMentorship({ priorityFlags: [flag] }), PriorityFlagsTable_mentorship)}
      flagNotesReadable
      sort={{ field: "REPORTED_AT", direction: "DESC" }}
      onSortChange={jest.fn()}
    />,
  );
}

let restoreScreen: () => void;

beforeEach(() => {
  restoreScreen = mockNarrowScreen();
});

afterEach(() => {
  restoreScreen();
});

describe("PriorityFlagsTable on a narrow screen", () => {
  test("stacks urgency and status in one column", () => {
    renderTable();

    const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);

    expect(headers).toEqual(["Details", "Reported", "Category", "Urgency and status"]);
  });

  test("keeps urgency and status in the row", () => {
    renderTable();

    const row = screen.getByRole("button", { name: /^Expand / }).closest("tr") as HTMLElement;

    expect(within(row).getByText("Urgent")).toBeInTheDocument();
    expect(within(row).getByText("In progress")).toBeInTheDocument();
  });

  test("moves the subject into the expanded row", async () => {
    const user = userEvent.setup();
    renderTable();
    const row = screen.getByRole("button", { name: /^Expand / }).closest("tr") as HTMLElement;

    await user.click(within(row).getByRole("button", { name: /^Expand / }));

    expect(within(row).queryByText("Tomás Núñez")).not.toBeInTheDocument();
    expect(screen.getByText("Subject: Tomás Núñez")).toBeInTheDocument();
  });
});
