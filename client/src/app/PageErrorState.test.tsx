import { render, screen } from "@testing-library/react";
import { createMemoryRouter, Outlet } from "react-router";
import { RouterProvider } from "react-router/dom";

import { PageErrorState } from "./PageErrorState";

function renderFailingPage(error: Error) {
  const router = createMemoryRouter(
    [
      {
        path: "/",
        element: (
          <>
            <p>Top bar</p>
            <Outlet />
          </>
        ),
        children: [
          {
            errorElement: <PageErrorState />,
            children: [
              {
                path: "flags",
                lazy: () => Promise.reject(error),
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: ["/flags"] },
  );
  render(<RouterProvider router={router} />);
}

describe("PageErrorState", () => {
  test("offers a retry when a page's code fails to load", async () => {
    renderFailingPage(new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/FlagsPage-abc123.js"));

    expect(await screen.findByText("Could not load this page")).toBeInTheDocument();
    expect(screen.getByText("Check your connection, then retry.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(screen.getByText("Top bar")).toBeInTheDocument();
  });

  test("shows another error's message inside the layout", async () => {
    renderFailingPage(new Error("Cannot read properties of undefined"));

    expect(await screen.findByText("Cannot read properties of undefined")).toBeInTheDocument();
    expect(screen.getByText("Top bar")).toBeInTheDocument();
  });
});
