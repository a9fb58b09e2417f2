import { InvalidTransitionError } from "../common/errors";
import { FlagResolutionReason, FlagStatus, PriorityFlagEventType } from "./flag-enums";
import type { PriorityFlag } from "./priority-flag.entity";

/** A workflow step that staff request on a flag. */
export type FlagAction =
  | { kind: "assign"; assigneeId: string | null }
  | { kind: "start" }
  | { kind: "resolve"; reason: FlagResolutionReason; note: string | null }
  | { kind: "reopen" };

/** The workflow fields of a flag that a step reads and writes. */
export type FlagWorkflowState = Pick<
  PriorityFlag,
  "status" | "assigneeId" | "firstResponseAt" | "resolvedAt" | "resolutionReason" | "resolutionNote"
>;

/** The result of a step: the flag's new workflow fields and the history event that records it. */
export interface FlagTransition {
  next: FlagWorkflowState;
  eventType: PriorityFlagEventType;
  /** The assignee the event names: the new one for ASSIGNED, the removed one for UNASSIGNED. */
  eventAssigneeId: string | null;
}

/**
 * Computes the result of `action` on a flag in `state` at `at`, or throws INVALID_TRANSITION
 * when the current status does not allow it. Every accepted step counts as a staff response,
 * so the first one sets `firstResponseAt`. Reopening returns the flag to IN_PROGRESS, because
 * staff have already acted on it, and clears the resolution, which the history keeps.
 */
export function planTransition(state: FlagWorkflowState, action: FlagAction, at: Date): FlagTransition {
  const responded = { ...state, firstResponseAt: state.firstResponseAt ?? at };

  switch (action.kind) {
    case "assign": {
      rejectUnless(state.status !== FlagStatus.RESOLVED, "assign", state, "A resolved flag cannot be assigned; reopen it first.");
      rejectUnless(
        action.assigneeId !== state.assigneeId,
        "assign",
        state,
        action.assigneeId === null ? "The flag has no assignee to remove." : "The flag is already assigned to this staff user.",
      );

      return action.assigneeId === null
        ? { next: { ...responded, assigneeId: null }, eventType: PriorityFlagEventType.UNASSIGNED, eventAssigneeId: state.assigneeId }
        : { next: { ...responded, assigneeId: action.assigneeId }, eventType: PriorityFlagEventType.ASSIGNED, eventAssigneeId: action.assigneeId };
    }
    case "start":
      rejectUnless(state.status === FlagStatus.OPEN, "start", state, startRejection(state.status));

      return { next: { ...responded, status: FlagStatus.IN_PROGRESS }, eventType: PriorityFlagEventType.STARTED, eventAssigneeId: null };
    case "resolve":
      rejectUnless(state.status !== FlagStatus.RESOLVED, "resolve", state, "The flag is already resolved; reopen it to resolve it again.");

      return {
        next: { ...responded, status: FlagStatus.RESOLVED, resolvedAt: at, resolutionReason: action.reason, resolutionNote: action.note },
        eventType: PriorityFlagEventType.RESOLVED,
        eventAssigneeId: null,
      };
    case "reopen":
      rejectUnless(state.status === FlagStatus.RESOLVED, "reopen", state, `Only a resolved flag can be reopened; this one is ${state.status}.`);

      return {
        next: { ...responded, status: FlagStatus.IN_PROGRESS, resolvedAt: null, resolutionReason: null, resolutionNote: null },
        eventType: PriorityFlagEventType.REOPENED,
        eventAssigneeId: null,
      };
  }
}

function startRejection(status: FlagStatus): string {
  return status === FlagStatus.IN_PROGRESS ? "The flag is already in progress." : "A resolved flag cannot be started; reopen it instead.";
}

function rejectUnless(allowed: boolean, action: FlagAction["kind"], state: FlagWorkflowState, message: string): void {
  if (!allowed) {
    throw new InvalidTransitionError(message, { action, currentStatus: state.status });
  }
}
