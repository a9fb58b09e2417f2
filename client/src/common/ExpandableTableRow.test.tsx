import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithProviders } from "../test-support/render-with-providers";
import { ExpandableTableRow } from "./ExpandableTableRow";
import { ScrollableTableContainer, VISIBLE_TABLE_WIDTH_VARIABLE } from "./ScrollableTableContainer";

type ResizeCallback = (entries: ResizeObserverEntry[], observer: ResizeObserver) => void;

function renderRow() {
  renderWithProviders(
    <ScrollableTableContainer>
      <Table>
        <TableBody>
          <ExpandableTableRow columnCount={2} details={<p>Long free-text answer</p>} rowLabel="Check-in, March 1, 2026">
            <TableCell>Summary</TableCell>
          </ExpandableTableRow>
        </TableBody>
      </Table>
    </ScrollableTableContainer>,
  );
}

/** Returns the nearest ancestor of `element` that is positioned `sticky`, or null. */
function closestSticky(element: HTMLElement): HTMLElement | null {
  for (let current = element.parentElement; current; current = current.parentElement) {
    if (getComputedStyle(current).position === "sticky") {
      return current;
    }
  }

  return null;
}

describe("ExpandableTableRow", () => {
  test("names the expand button by its row", () => {
    renderRow();

    expect(screen.getByRole("button", { name: "Expand Check-in, March 1, 2026" })).toHaveAttribute("aria-expanded", "false");
  });

  test("names the collapse button by its row", async () => {
    const user = userEvent.setup();
    renderRow();

    await user.click(screen.getByRole("button", { name: "Expand Check-in, March 1, 2026" }));

    expect(screen.getByRole("button", { name: "Collapse Check-in, March 1, 2026" })).toHaveAttribute("aria-expanded", "true");
  });

  test("pins expanded details to the visible left edge", async () => {
    const user = userEvent.setup();
    renderRow();

    await user.click(screen.getByRole("button", { name: /^Expand / }));

    expect(closestSticky(screen.getByText("Long free-text answer"))).toHaveStyle({ left: "0px" });
  });
});

describe("ScrollableTableContainer", () => {
  const originalResizeObserver = globalThis.ResizeObserver;
  let resize: ResizeCallback | undefined;

  beforeEach(() => {
    globalThis.ResizeObserver = class {
      constructor(callback: ResizeCallback) {
        resize = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });

  afterEach(() => {
    globalThis.ResizeObserver = originalResizeObserver;
    resize = undefined;
  });

  test("publishes its visible width", () => {
    renderRow();
    const container = screen.getByRole("table").parentElement as HTMLElement;
    Object.defineProperty(container, "clientWidth", { configurable: true, value: 324 });

    resize?.([], {} as ResizeObserver);

    expect(container.style.getPropertyValue(VISIBLE_TABLE_WIDTH_VARIABLE)).toBe("324px");
  });
});
