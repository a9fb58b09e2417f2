import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { makeFragmentData } from "../gql";
import { renderWithProviders } from "../test-support/render-with-providers";
import { mockNarrowScreen } from "../test-support/mock-narrow-screen";
import { TopBar, TopBar_viewer } from "./TopBar";

const viewer = makeFragmentData(
  { __typename: "Viewer", displayName: "Avery Morgan", partner: { __typename: "Partner", id: "ptr_1", name: "Northfield University" } },
  TopBar_viewer,
);

describe("TopBar", () => {
  test("shows the viewer and their partner", () => {
    renderWithProviders(<TopBar viewer={viewer} onSignOut={jest.fn()} signingOut={false} />);

    expect(screen.getByText("Avery Morgan")).toBeInTheDocument();
    expect(screen.getByText("Northfield University")).toBeInTheDocument();
  });

  test("signs out on request", async () => {
    const user = userEvent.setup();
    const onSignOut = jest.fn();
    renderWithProviders(<TopBar viewer={viewer} onSignOut={onSignOut} signingOut={false} />);

    await user.click(screen.getAllByRole("button", { name: "Sign out" })[0]);

    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  test("links to the explorer", () => {
    renderWithProviders(<TopBar viewer={viewer} onSignOut={jest.fn()} signingOut={false} />);

    expect(screen.getByRole("link", { name: "Explorer" })).toHaveAttribute("href", "/explorer");
  });
});

describe("TopBar navigation", () => {
  test("links the main pages", () => {
    renderWithProviders(<TopBar viewer={viewer} onSignOut={jest.fn()} signingOut={false} />);

    const navigation = screen.getByRole("navigation", { name: "Main" });

    expect(within(navigation).getByRole("link", { name: "Mentorships" })).toHaveAttribute("href", "/mentorships");
    expect(within(navigation).getByRole("link", { name: "Flags" })).toHaveAttribute("href", "/flags");
  });

  test("marks the current page", () => {
    renderWithProviders(<TopBar viewer={viewer} onSignOut={jest.fn()} signingOut={false} />, "/flags/flg_1");

    expect(screen.getByRole("link", { name: "Flags" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Mentorships" })).not.toHaveAttribute("aria-current");
  });
});

describe("TopBar on a narrow screen", () => {
  let restoreScreen: () => void;

  beforeEach(() => {
    restoreScreen = mockNarrowScreen();
  });

  afterEach(() => {
    restoreScreen();
  });

  test("offers the main pages in a menu", async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopBar viewer={viewer} onSignOut={jest.fn()} signingOut={false} />);
    const navigation = screen.getByRole("navigation", { name: "Main" });

    expect(within(navigation).queryByRole("link", { name: "Mentorships" })).not.toBeInTheDocument();

    await user.click(within(navigation).getByRole("button", { name: "Open the main pages menu" }));
    const menu = await screen.findByRole("menu");

    expect(within(menu).getByRole("menuitem", { name: "Mentorships" })).toHaveAttribute("href", "/mentorships");
    expect(within(menu).getByRole("menuitem", { name: "Flags" })).toHaveAttribute("href", "/flags");
    expect(within(menu).getByRole("menuitem", { name: "Explorer" })).toHaveAttribute("href", "/explorer");
  });
});
