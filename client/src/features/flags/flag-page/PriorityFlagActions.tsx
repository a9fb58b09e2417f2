import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import Stack from "@mui/material/Stack";
import { useEffect, useRef, useState } from "react";

import { errorMessages, hasErrorCode } from "../../../common/graphql-error-codes";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { FlagStatus } from "../../../gql/graphql";
import { AssignFlagDialog, type AssignFlagValues } from "./AssignFlagDialog";
import {
  AssignPriorityFlagMutation,
  evictFlagLists,
  ReopenPriorityFlagMutation,
  ResolvePriorityFlagMutation,
  StartPriorityFlagMutation,
} from "./flag-workflow-mutations";
import { ResolveFlagDialog, type ResolveFlagValues } from "./ResolveFlagDialog";

export const PriorityFlagActions_priorityFlag = graphql(`
  fragment PriorityFlagActions_priorityFlag on PriorityFlag {
    id
    status
    assignee {
      id
    }
  }
`);

export const PriorityFlagActions_viewer = graphql(`
  fragment PriorityFlagActions_viewer on Viewer {
    role
    staffUsers {
      id
      displayName
      role
    }
  }
`);

/** A workflow step offered on the page. */
export type FlagActionKind = "assign" | "start" | "resolve" | "reopen";

/** The steps the workflow allows from each status. */
export const ACTIONS_BY_STATUS: Record<FlagStatus, readonly FlagActionKind[]> = {
  OPEN: ["assign", "start", "resolve"],
  IN_PROGRESS: ["assign", "resolve"],
  RESOLVED: ["reopen"],
};

interface PriorityFlagActionsProps {
  priorityFlag: FragmentType<typeof PriorityFlagActions_priorityFlag>;
  viewer: FragmentType<typeof PriorityFlagActions_viewer>;
  /** Loads the flag again, after the server reported that someone else changed it first. */
  onStale: () => void;
}

/**
 * Shows the workflow steps that the flag's current status allows: assign, mark in progress,
 * resolve and reopen. Only admins see them, because the API accepts these steps only from admins.
 */
export function PriorityFlagActions({ priorityFlag: priorityFlagRef, viewer: viewerRef, onStale }: PriorityFlagActionsProps) {
  const flag = getFragmentData(PriorityFlagActions_priorityFlag, priorityFlagRef);
  const viewer = getFragmentData(PriorityFlagActions_viewer, viewerRef);
  const [dialog, setDialog] = useState<"assign" | "resolve" | null>(null);
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const options = { update: evictFlagLists };
  const [assign, assignState] = useMutation(AssignPriorityFlagMutation, options);
  const [start, startState] = useMutation(StartPriorityFlagMutation, options);
  const [resolve, resolveState] = useMutation(ResolvePriorityFlagMutation, options);
  const [reopen, reopenState] = useMutation(ReopenPriorityFlagMutation, options);
  const busy = assignState.loading || startState.loading || resolveState.loading || reopenState.loading;
  const actionGroupRef = useRef<HTMLDivElement>(null);
  // A step replaces its own button, so focus moves to the first step the new status offers
  // instead of falling back to the document body.
  const [focusNextAction, setFocusNextAction] = useState(false);

  useEffect(() => {
    if (focusNextAction && !busy && dialog === null) {
      actionGroupRef.current?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
      setFocusNextAction(false);
    }
  }, [focusNextAction, busy, dialog, flag.status]);

  if (viewer.role !== "ADMIN") {
    return null;
  }

  const allowed = ACTIONS_BY_STATUS[flag.status];

  /** Runs a step; returns whether it succeeded, after showing the server's messages otherwise. */
  async function run(step: () => Promise<unknown>, doneMessage: string): Promise<boolean> {
    setServerErrors([]);
    try {
      await step();
    } catch (error) {
      setServerErrors(errorMessages(error));
      if (hasErrorCode(error, "INVALID_TRANSITION", "NOT_FOUND")) {
        onStale();
      }
      return false;
    }

    setConfirmation(doneMessage);
    setFocusNextAction(true);
    return true;
  }

  async function handleAssign({ assigneeId, note }: AssignFlagValues) {
    const done = await run(
      () => assign({ variables: { input: { flagId: flag.id, assigneeId, note } } }),
      assigneeId ? "Assignee saved" : "Assignee removed",
    );
    if (done) {
      setDialog(null);
    }
  }

  async function handleResolve({ reason, note }: ResolveFlagValues) {
    const done = await run(() => resolve({ variables: { input: { flagId: flag.id, reason, note } } }), "Flag resolved");
    if (done) {
      setDialog(null);
    }
  }

  function openDialog(kind: "assign" | "resolve") {
    setServerErrors([]);
    setDialog(kind);
  }

  const staffUsers = viewer.staffUsers.filter((staffUser) => staffUser.role !== "INTEGRATION");

  return (
    <>
      <Stack ref={actionGroupRef} direction="row" useFlexGap spacing={1} role="group" aria-label="Flag actions" sx={{ flexWrap: "wrap" }}>
        {allowed.includes("assign") && (
          <Button variant="outlined" onClick={() => openDialog("assign")} disabled={busy}>
            {flag.assignee ? "Change assignee" : "Assign"}
          </Button>
        )}
        {allowed.includes("start") && (
          <Button
            variant="outlined"
            onClick={() => void run(() => start({ variables: { input: { flagId: flag.id } } }), "Flag marked in progress")}
            disabled={busy}
          >
            Mark in progress
          </Button>
        )}
        {allowed.includes("resolve") && (
          <Button variant="contained" onClick={() => openDialog("resolve")} disabled={busy}>
            Resolve
          </Button>
        )}
        {allowed.includes("reopen") && (
          <Button
            variant="outlined"
            onClick={() => void run(() => reopen({ variables: { input: { flagId: flag.id } } }), "Flag reopened")}
            disabled={busy}
          >
            Reopen
          </Button>
        )}
      </Stack>
      {dialog === null && serverErrors.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setServerErrors([])}>
          {serverErrors.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      )}
      <AssignFlagDialog
        open={dialog === "assign"}
        staffUsers={staffUsers}
        currentAssigneeId={flag.assignee?.id ?? null}
        submitting={assignState.loading}
        serverErrors={dialog === "assign" ? serverErrors : []}
        onSubmit={(values) => void handleAssign(values)}
        onClose={() => setDialog(null)}
      />
      <ResolveFlagDialog
        open={dialog === "resolve"}
        submitting={resolveState.loading}
        serverErrors={dialog === "resolve" ? serverErrors : []}
        onSubmit={(values) => void handleResolve(values)}
        onClose={() => setDialog(null)}
      />
      <Snackbar
        open={confirmation !== null}
        autoHideDuration={5000}
        onClose={() => setConfirmation(null)}
        message={confirmation}
        anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      />
    </>
  );
}
