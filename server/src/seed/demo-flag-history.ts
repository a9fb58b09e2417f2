import { createHash } from "node:crypto";
import { StaffRole } from "../auth/staff-role.enum";
import { idFromHex } from "../common/ids";
import { FlagStatus, PriorityFlagEventType } from "../flag/flag-enums";
import type { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { DemoStaffUser } from "./demo-data-builder";

/**
 * Derives the workflow history that a generated flag's fields imply. The assignee took the flag
 * at its first response and started it at once, and a resolved flag ends with its resolution.
 * The history reads no random source, so adding it leaves every other generated row as it was.
 */
export function deriveFlagHistory(flags: readonly PriorityFlag[], staffUsers: readonly DemoStaffUser[]): PriorityFlagEvent[] {
  const staffById = new Map(staffUsers.map((user) => [user.id, user]));
  const adminByPartner = new Map<string, DemoStaffUser>();
  for (const user of staffUsers) {
    if (user.role === StaffRole.ADMIN && !adminByPartner.has(user.partnerId)) {
      adminByPartner.set(user.partnerId, user);
    }
  }

  return flags.flatMap((flag) => {
    const actor = (flag.assigneeId ? staffById.get(flag.assigneeId) : undefined) ?? adminByPartner.get(flag.partnerId);
    return actor ? eventsOf(flag, actor) : [];
  });
}

function eventsOf(flag: PriorityFlag, actor: DemoStaffUser): PriorityFlagEvent[] {
  const events: PriorityFlagEvent[] = [];
  const add = (type: PriorityFlagEventType, occurredAt: Date, fromStatus: FlagStatus, toStatus: FlagStatus, extra: Partial<PriorityFlagEvent> = {}) => {
    events.push({
      id: eventId(flag.id, events.length),
      partnerId: flag.partnerId,
      flagId: flag.id,
      type,
      fromStatus,
      toStatus,
      actorId: actor.id,
      actorLabel: actor.displayName,
      occurredAt,
      assigneeId: null,
      resolutionReason: null,
      note: null,
      ...extra,
    });
  };

  if (flag.firstResponseAt && flag.assigneeId) {
    add(PriorityFlagEventType.ASSIGNED, flag.firstResponseAt, FlagStatus.OPEN, FlagStatus.OPEN, { assigneeId: flag.assigneeId });
  }
  const resolvedWithoutStart = flag.status === FlagStatus.RESOLVED && flag.firstResponseAt?.getTime() === flag.resolvedAt?.getTime();
  if (flag.firstResponseAt && flag.status !== FlagStatus.OPEN && !resolvedWithoutStart) {
    add(PriorityFlagEventType.STARTED, flag.firstResponseAt, FlagStatus.OPEN, FlagStatus.IN_PROGRESS);
  }
  if (flag.status === FlagStatus.RESOLVED && flag.resolvedAt) {
    const fromStatus = resolvedWithoutStart ? FlagStatus.OPEN : FlagStatus.IN_PROGRESS;
    add(PriorityFlagEventType.RESOLVED, flag.resolvedAt, fromStatus, FlagStatus.RESOLVED, { resolutionReason: flag.resolutionReason, note: flag.resolutionNote });
  }

  return events;
}

/**
 * Builds an event id from the flag id and the step's position. Steps at the same instant, such
 * as taking and starting a flag, then sort by id in the order they were taken, as the history
 * lists events by time, then id.
 */
function eventId(flagId: string, position: number): string {
  const digest = createHash("sha256").update(flagId).digest("hex").slice(0, 30);

  return idFromHex("priorityFlagEvent", `${digest}${position.toString(16).padStart(2, "0")}`);
}
