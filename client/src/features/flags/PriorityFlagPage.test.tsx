import { InMemoryCache } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError, parse } from "graphql";
import { MemoryRouter, Route, Routes } from "react-router";

import { theme } from "../../app/theme";
import type { FlagStatus, StaffRole } from "../../gql/graphql";
import {
  AssignPriorityFlagMutation,
  ReopenPriorityFlagMutation,
  ResolvePriorityFlagMutation,
  StartPriorityFlagMutation,
} from "./flag-page/flag-workflow-mutations";
import { PriorityFlagPage, PriorityFlagPageQuery } from "./PriorityFlagPage";

const FLAG_ID = "flg_00000000000000000000000000000001";
const MENTORSHIP_ID = "mtr_0123456789abcdef0123456789abcdef";

// What the mentorship details page reads of the count, parsed without codegen because only this test uses it.
const ReopenCountFragment = parse("fragment OpenCount on Mentorship { id openPriorityFlagCount }");

const DANA = { __typename: "StaffUser", id: "usr_1", displayName: "Dana Whitfield", role: "ADMIN" };
const LEE = { __typename: "StaffUser", id: "usr_2", displayName: "Lee Park", role: "ANALYST" };

function buildFlag(status: FlagStatus, overrides: Record<string, unknown> = {}) {
  const resolved = status === "RESOLVED";

  return {
    __typename: "PriorityFlag",
    id: FLAG_ID,
    reportedAt: "2026-03-12T16:00:00.000Z",
    channel: "POST_SESSION_SURVEY",
    urgent: true,
    status,
    description: "Mentee mentioned he may not afford next term's housing.",
    reportedByRole: "MENTOR",
    reportedBy: { __typename: "Participant", id: "par_mentor", displayName: "Renée Okafor" },
    subject: { __typename: "Participant", id: "par_mentee", displayName: "Tomás Núñez" },
    category: { __typename: "FlagCategory", id: "fct_1", label: "Financial concerns" },
    program: { __typename: "Program", id: "prg_1", name: "First-Year Connect" },
    mentorship: {
      __typename: "Mentorship",
      id: MENTORSHIP_ID,
      mentor: { __typename: "Participant", id: "par_mentor", displayName: "Renée Okafor" },
      mentee: { __typename: "Participant", id: "par_mentee", displayName: "Tomás Núñez" },
      priorityFlagCount: 1,
      openPriorityFlagCount: resolved ? 0 : 1,
    },
    assignee: status === "OPEN" ? null : { __typename: "StaffUser", id: DANA.id, displayName: DANA.displayName },
    firstResponseAt: status === "OPEN" ? null : "2026-03-12T20:15:00.000Z",
    resolvedAt: resolved ? "2026-03-14T17:00:00.000Z" : null,
    timeToFirstResponse: status === "OPEN" ? null : 4 * 3600 + 15 * 60,
    timeToResolution: resolved ? 2 * 86_400 + 3600 : null,
    resolutionReason: resolved ? "REFERRED" : null,
    resolutionNote: resolved ? "Referred to the basic needs office." : null,
    history:
      status === "OPEN"
        ? []
        : [
            {
              __typename: "PriorityFlagEvent",
              id: "fev_1",
              type: "ASSIGNED",
              fromStatus: "OPEN",
              toStatus: "OPEN",
              actorLabel: "Dana Whitfield",
              occurredAt: "2026-03-12T20:15:00.000Z",
              assignee: { __typename: "StaffUser", id: DANA.id, displayName: DANA.displayName },
              resolutionReason: null,
              note: null,
            },
            {
              __typename: "PriorityFlagEvent",
              id: "fev_2",
              type: "STARTED",
              fromStatus: "OPEN",
              toStatus: "IN_PROGRESS",
              actorLabel: "Dana Whitfield",
              occurredAt: "2026-03-12T20:16:00.000Z",
              assignee: null,
              resolutionReason: null,
              note: "Called the mentee.",
            },
          ],
    ...overrides,
  };
}

function pageMock(flag: ReturnType<typeof buildFlag>, role: StaffRole = "ADMIN"): MockLink.MockedResponse {
  const admin = role === "ADMIN";

  return {
    request: { query: PriorityFlagPageQuery, variables: { id: FLAG_ID } },
    result: {
      data: {
        viewer: {
          __typename: "Viewer",
          role,
          fieldAccess: { __typename: "ViewerFieldAccess", flagNotes: admin },
          staffUsers: [DANA, LEE],
        },
        priorityFlag: admin ? flag : { ...flag, resolutionNote: null, history: flag.history.map((event) => ({ ...event, note: null })) },
      },
      errors: admin ? undefined : [new GraphQLError("Hidden for your role.", { extensions: { code: "FORBIDDEN" } })],
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], cache = new InMemoryCache()) {
  render(
    <ThemeProvider theme={theme}>
      <MockedProvider mocks={mocks} cache={cache}>
        <MemoryRouter initialEntries={[`/flags/${FLAG_ID}`]}>
          <Routes>
            <Route path="/flags/:id" element={<PriorityFlagPage />} />
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

function actionNames(): string[] {
  return within(screen.getByRole("group", { name: "Flag actions" }))
    .getAllByRole("button")
    .map((button) => button.textContent ?? "");
}

describe("PriorityFlagPage", () => {
  test("shows who reported what about whom, and when", async () => {
    renderPage([pageMock(buildFlag("IN_PROGRESS"))]);

    expect(await screen.findByRole("heading", { name: "Financial concerns flag about Tomás Núñez" })).toBeInTheDocument();
    expect(valueOf("Reported by")).toHaveTextContent("Renée Okafor (Mentor)");
    expect(within(valueOf("About")).getByRole("link", { name: "Tomás Núñez" })).toHaveAttribute("href", "/participants/par_mentee");
    expect(valueOf("Reported")).toHaveTextContent("Mar 12, 2026, 9:00 AM PDT");
    expect(valueOf("Channel")).toHaveTextContent("Post-session survey");
    expect(valueOf("Urgency")).toHaveTextContent("Urgent");
    expect(valueOf("Status")).toHaveTextContent("In progress");
    expect(valueOf("Assignee")).toHaveTextContent("Dana Whitfield");
    expect(valueOf("First response")).toHaveTextContent("4 h 15 min after the report");
    expect(within(valueOf("Mentorship")).getByRole("link")).toHaveAttribute("href", `/mentorships/${MENTORSHIP_ID}`);
  });

  test("shows the resolution of a resolved flag", async () => {
    renderPage([pageMock(buildFlag("RESOLVED"))]);

    await screen.findByRole("heading", { level: 1 });

    expect(valueOf("Resolved")).toHaveTextContent("2 d 1 h after the report");
    expect(valueOf("Resolution reason")).toHaveTextContent("Referred");
    expect(valueOf("Resolution note")).toHaveTextContent("Referred to the basic needs office.");
  });

  test("lists the status history oldest first", async () => {
    renderPage([pageMock(buildFlag("IN_PROGRESS"))]);

    const history = await screen.findByRole("region", { name: "Status history" });
    const items = within(history).getAllByRole("listitem").map((item) => item.textContent);

    expect(items[0]).toMatch(/^Reported/);
    expect(items[1]).toMatch(/^Dana Whitfield took it on/);
    expect(items[2]).toMatch(/Dana Whitfield started work.*Open → In progress.*Note: Called the mentee\./);
  });

  test.each([
    ["OPEN", ["Assign", "Mark in progress", "Resolve"]],
    ["IN_PROGRESS", ["Change assignee", "Resolve"]],
    ["RESOLVED", ["Reopen"]],
  ] as const)("offers an admin the steps valid for %s", async (status, expected) => {
    renderPage([pageMock(buildFlag(status))]);

    await screen.findByRole("heading", { level: 1 });

    expect(actionNames()).toEqual(expected);
  });

  test("offers an analyst no steps and hides notes", async () => {
    renderPage([pageMock(buildFlag("RESOLVED"), "ANALYST")]);

    await screen.findByRole("heading", { level: 1 });

    expect(screen.queryByRole("group", { name: "Flag actions" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reopen" })).not.toBeInTheDocument();
    expect(valueOf("Resolution note")).toHaveTextContent("Hidden for your role");
  });

  test("marks an open flag in progress", async () => {
    const user = userEvent.setup();
    const started = buildFlag("IN_PROGRESS");
    renderPage([
      pageMock(buildFlag("OPEN")),
      {
        request: { query: StartPriorityFlagMutation, variables: { input: { flagId: FLAG_ID } } },
        result: { data: { startPriorityFlag: { __typename: "PriorityFlagStepPayload", flag: started } } },
      },
    ]);
    await screen.findByRole("heading", { level: 1 });

    await user.click(screen.getByRole("button", { name: "Mark in progress" }));

    expect(await screen.findByText("Flag marked in progress")).toBeInTheDocument();
    expect(valueOf("Status")).toHaveTextContent("In progress");
    expect(actionNames()).toEqual(["Change assignee", "Resolve"]);
    await waitFor(() => expect(screen.getByRole("button", { name: "Change assignee" })).toHaveFocus());
  });

  test("updates the mentorship's cached open flag count", async () => {
    const user = userEvent.setup();
    const cache = new InMemoryCache();
    cache.writeFragment({
      id: `Mentorship:${MENTORSHIP_ID}`,
      fragment: ReopenCountFragment,
      data: { __typename: "Mentorship", id: MENTORSHIP_ID, openPriorityFlagCount: 0 },
    });
    renderPage(
      [
        pageMock(buildFlag("RESOLVED")),
        {
          request: { query: ReopenPriorityFlagMutation, variables: { input: { flagId: FLAG_ID } } },
          result: { data: { reopenPriorityFlag: { __typename: "PriorityFlagStepPayload", flag: buildFlag("IN_PROGRESS") } } },
        },
      ],
      cache,
    );
    await screen.findByRole("heading", { level: 1 });

    await user.click(screen.getByRole("button", { name: "Reopen" }));
    await screen.findByText("Flag reopened");

    const mentorship = cache.readFragment<{ openPriorityFlagCount: number }>({ id: `Mentorship:${MENTORSHIP_ID}`, fragment: ReopenCountFragment });

    expect(mentorship?.openPriorityFlagCount).toBe(1);
  });

  test("shows the server's message when someone else changed the flag first", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(buildFlag("OPEN")),
      {
        request: { query: StartPriorityFlagMutation, variables: { input: { flagId: FLAG_ID } } },
        result: {
          errors: [new GraphQLError("The flag is already in progress.", { extensions: { code: "INVALID_TRANSITION", action: "start", currentStatus: "IN_PROGRESS" } })],
        },
      },
      pageMock(buildFlag("IN_PROGRESS")),
    ]);
    await screen.findByRole("heading", { level: 1 });

    await user.click(screen.getByRole("button", { name: "Mark in progress" }));

    expect(await screen.findByText("The flag is already in progress.")).toBeInTheDocument();
    await waitFor(() => expect(valueOf("Status")).toHaveTextContent("In progress"));
  });

  describe("resolve dialog", () => {
    test("requires a reason", async () => {
      const user = userEvent.setup();
      renderPage([pageMock(buildFlag("IN_PROGRESS"))]);
      await screen.findByRole("heading", { level: 1 });

      await user.click(screen.getByRole("button", { name: "Resolve" }));
      const dialog = await screen.findByRole("dialog", { name: "Resolve flag" });
      await user.click(within(dialog).getByRole("button", { name: "Resolve" }));

      expect(within(dialog).getByText("Choose a reason")).toBeInTheDocument();
    });

    test("rejects a note over 4000 characters", async () => {
      const user = userEvent.setup();
      renderPage([pageMock(buildFlag("IN_PROGRESS"))]);
      await screen.findByRole("heading", { level: 1 });
      await user.click(screen.getByRole("button", { name: "Resolve" }));
      const dialog = await screen.findByRole("dialog", { name: "Resolve flag" });

      await user.click(within(dialog).getByRole("textbox", { name: "Note (optional)" }));
      await user.paste("x".repeat(4001));

      expect(within(dialog).getByText("Shorten the note to 4000 characters or fewer")).toBeInTheDocument();
    });

    test("resolves with the reason and note", async () => {
      const user = userEvent.setup();
      renderPage([
        pageMock(buildFlag("IN_PROGRESS")),
        {
          request: {
            query: ResolvePriorityFlagMutation,
            variables: { input: { flagId: FLAG_ID, reason: "REFERRED", note: "Referred to the basic needs office." } },
          },
          result: { data: { resolvePriorityFlag: { __typename: "PriorityFlagStepPayload", flag: buildFlag("RESOLVED") } } },
        },
      ]);
      await screen.findByRole("heading", { level: 1 });
      await user.click(screen.getByRole("button", { name: "Resolve" }));
      const dialog = await screen.findByRole("dialog", { name: "Resolve flag" });

      await user.click(within(dialog).getByRole("combobox", { name: /Reason/ }));
      await user.click(await screen.findByRole("option", { name: "Referred" }));
      await user.type(within(dialog).getByRole("textbox", { name: "Note (optional)" }), "Referred to the basic needs office.");
      await user.click(within(dialog).getByRole("button", { name: "Resolve" }));

      expect(await screen.findByText("Flag resolved")).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      expect(actionNames()).toEqual(["Reopen"]);
      await waitFor(() => expect(screen.getByRole("button", { name: "Reopen" })).toHaveFocus());
    });

    test("shows a server error in the dialog", async () => {
      const user = userEvent.setup();
      renderPage([
        pageMock(buildFlag("IN_PROGRESS")),
        {
          request: { query: ResolvePriorityFlagMutation, variables: { input: { flagId: FLAG_ID, reason: "DUPLICATE", note: null } } },
          result: { errors: [new GraphQLError("note must be at most 4000 characters.", { extensions: { code: "BAD_USER_INPUT", argumentName: "input.note" } })] },
        },
      ]);
      await screen.findByRole("heading", { level: 1 });
      await user.click(screen.getByRole("button", { name: "Resolve" }));
      const dialog = await screen.findByRole("dialog", { name: "Resolve flag" });

      await user.click(within(dialog).getByRole("combobox", { name: /Reason/ }));
      await user.click(await screen.findByRole("option", { name: "Duplicate" }));
      await user.click(within(dialog).getByRole("button", { name: "Resolve" }));

      expect(await within(dialog).findByText("note must be at most 4000 characters.")).toBeInTheDocument();
    });
  });

  test("assigns a staff member from the picker", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(buildFlag("OPEN")),
      {
        request: { query: AssignPriorityFlagMutation, variables: { input: { flagId: FLAG_ID, assigneeId: LEE.id, note: null } } },
        result: {
          data: {
            assignPriorityFlag: {
              __typename: "PriorityFlagStepPayload",
              flag: buildFlag("OPEN", { assignee: { __typename: "StaffUser", id: LEE.id, displayName: LEE.displayName } }),
            },
          },
        },
      },
    ]);
    await screen.findByRole("heading", { level: 1 });

    await user.click(screen.getByRole("button", { name: "Assign" }));
    const dialog = await screen.findByRole("dialog", { name: "Assign flag" });
    await user.click(within(dialog).getByRole("combobox", { name: "Assignee" }));
    await user.click(await screen.findByRole("option", { name: "Lee Park" }));
    await user.click(within(dialog).getByRole("button", { name: "Save assignee" }));

    expect(await screen.findByText("Assignee saved")).toBeInTheDocument();
    expect(valueOf("Assignee")).toHaveTextContent("Lee Park");
  });

  test("says so for an unknown id", async () => {
    renderPage([
      {
        request: { query: PriorityFlagPageQuery, variables: { id: FLAG_ID } },
        result: { errors: [new GraphQLError("No priority flag was found.", { extensions: { code: "NOT_FOUND" } })] },
      },
    ]);

    expect(await screen.findByRole("heading", { name: "Flag not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to flags" })).toHaveAttribute("href", "/flags");
  });

  test("shows a load error with a retry", async () => {
    renderPage([{ request: { query: PriorityFlagPageQuery, variables: { id: FLAG_ID } }, error: new Error("Failed to fetch") }]);

    expect(await screen.findByText("Could not load this flag")).toBeInTheDocument();
  });
});
