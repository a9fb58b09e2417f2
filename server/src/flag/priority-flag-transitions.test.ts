import { ErrorCode } from "../common/errors";
import { FlagResolutionReason, FlagStatus, PriorityFlagEventType } from "./flag-enums";
import { type FlagAction, type FlagWorkflowState, planTransition } from "./priority-flag-transitions";

const FIRST_RESPONSE = new Date("2025-03-01T10:00:00Z");
const AT = new Date("2025-03-05T12:00:00Z");

const STATES: Record<FlagStatus, FlagWorkflowState> = {
  OPEN: { status: FlagStatus.OPEN, assigneeId: null, firstResponseAt: null, resolvedAt: null, resolutionReason: null, resolutionNote: null },
  IN_PROGRESS: {
    status: FlagStatus.IN_PROGRESS,
    assigneeId: "usr_00000000000000000000000000000001",
    firstResponseAt: FIRST_RESPONSE,
    resolvedAt: null,
    resolutionReason: null,
    resolutionNote: null,
  },
  RESOLVED: {
    status: FlagStatus.RESOLVED,
    assigneeId: "usr_00000000000000000000000000000001",
    firstResponseAt: FIRST_RESPONSE,
    resolvedAt: new Date("2025-03-02T10:00:00Z"),
    resolutionReason: FlagResolutionReason.REFERRED,
    resolutionNote: "Referred to counseling.",
  },
};

const ACTIONS: Record<string, FlagAction> = {
  assign: { kind: "assign", assigneeId: "usr_00000000000000000000000000000002" },
  start: { kind: "start" },
  resolve: { kind: "resolve", reason: FlagResolutionReason.SUPPORT_PROVIDED, note: "Talked it through." },
  reopen: { kind: "reopen" },
};

function rejectionCode(state: FlagWorkflowState, action: FlagAction): string | null {
  try {
    planTransition(state, action, AT);
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? "unexpected";
  }
}

describe("planTransition", () => {
  it.each([
    ["assign", "OPEN", FlagStatus.OPEN],
    ["assign", "IN_PROGRESS", FlagStatus.IN_PROGRESS],
    ["start", "OPEN", FlagStatus.IN_PROGRESS],
    ["resolve", "OPEN", FlagStatus.RESOLVED],
    ["resolve", "IN_PROGRESS", FlagStatus.RESOLVED],
    ["reopen", "RESOLVED", FlagStatus.IN_PROGRESS],
  ] as const)("allows %s on %s", (actionName, from, expectedStatus) => {
    const transition = planTransition(STATES[from], ACTIONS[actionName], AT);

    expect(transition.next.status).toBe(expectedStatus);
  });

  it.each([
    ["assign", "RESOLVED"],
    ["start", "IN_PROGRESS"],
    ["start", "RESOLVED"],
    ["resolve", "RESOLVED"],
    ["reopen", "OPEN"],
    ["reopen", "IN_PROGRESS"],
  ] as const)("rejects %s on %s", (actionName, from) => {
    expect(rejectionCode(STATES[from], ACTIONS[actionName])).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it("rejects assigning the current assignee", () => {
    const action: FlagAction = { kind: "assign", assigneeId: STATES.IN_PROGRESS.assigneeId };

    expect(rejectionCode(STATES.IN_PROGRESS, action)).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it("rejects unassigning an unassigned flag", () => {
    expect(rejectionCode(STATES.OPEN, { kind: "assign", assigneeId: null })).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it("names the removed assignee when unassigning", () => {
    const transition = planTransition(STATES.IN_PROGRESS, { kind: "assign", assigneeId: null }, AT);

    expect(transition.eventType).toBe(PriorityFlagEventType.UNASSIGNED);
    expect(transition.eventAssigneeId).toBe(STATES.IN_PROGRESS.assigneeId);
    expect(transition.next.assigneeId).toBeNull();
  });

  it("sets the first response on the first step only", () => {
    const first = planTransition(STATES.OPEN, ACTIONS.assign, AT);
    const later = planTransition(STATES.IN_PROGRESS, ACTIONS.resolve, AT);

    expect(first.next.firstResponseAt).toEqual(AT);
    expect(later.next.firstResponseAt).toEqual(FIRST_RESPONSE);
  });

  it("records the resolution when resolving", () => {
    const transition = planTransition(STATES.OPEN, ACTIONS.resolve, AT);

    expect(transition.next).toMatchObject({ resolvedAt: AT, resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED, resolutionNote: "Talked it through." });
  });

  it("clears the resolution and keeps the assignee when reopening", () => {
    const transition = planTransition(STATES.RESOLVED, ACTIONS.reopen, AT);

    expect(transition.next).toEqual({
      status: FlagStatus.IN_PROGRESS,
      assigneeId: STATES.RESOLVED.assigneeId,
      firstResponseAt: FIRST_RESPONSE,
      resolvedAt: null,
      resolutionReason: null,
      resolutionNote: null,
    });
  });
});
