import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithProviders } from "../test-support/render-with-providers";
import { GridEmptyState } from "./GridEmptyState";

// The data grid places its no-rows overlay inside the element with role "grid".
function renderInGrid(props: Parameters<typeof GridEmptyState>[0]) {
  renderWithProviders(
    <div role="grid" aria-label="Mentorships">
      <GridEmptyState {...props} />
    </div>,
  );
}

describe("GridEmptyState", () => {
  it("puts the clear button in a grid cell", async () => {
    const onClearFilters = jest.fn();
    renderInGrid({ filtered: true, filteredMessage: "No mentorships match these filters", onClearFilters });

    const cell = within(screen.getByRole("row")).getByRole("gridcell");
    await userEvent.click(within(cell).getByRole("button", { name: "Clear filters" }));

    expect(within(cell).getByText("No mentorships match these filters")).toBeInTheDocument();
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  it("shows the empty message without a button", () => {
    renderInGrid({ filtered: false, emptyMessage: "No mentorships yet", onClearFilters: jest.fn() });

    const cell = screen.getByRole("gridcell");

    expect(within(cell).getByText("No mentorships yet")).toBeInTheDocument();
    expect(within(cell).queryByRole("button")).not.toBeInTheDocument();
  });
});
