import { type EntityManager, IsNull } from "typeorm";
import { StaffRole } from "../auth/staff-role.enum";
import { StaffUser } from "../auth/staff-user.entity";
import type { Viewer } from "../auth/viewer";
import { ForbiddenError, NotFoundError } from "../common/errors";
import { newId } from "../common/ids";
import { logger } from "../common/logger";
import type { TenantScope } from "../common/tenant-scope";
import { PriorityFlagEvent } from "./priority-flag-event.entity";
import { type FlagAction, planTransition } from "./priority-flag-transitions";
import { PriorityFlag } from "./priority-flag.entity";

/** A flag after a workflow step, and the history event that records the step. */
export interface FlagStepResult {
  flag: PriorityFlag;
  event: PriorityFlagEvent;
}

/** Roles that may change flags; the others read them only. */
const ROLES_THAT_CHANGE_FLAGS: ReadonlySet<StaffRole> = new Set([StaffRole.ADMIN]);

/** Moves priority flags of the viewer's partner through the staff workflow and records each step. */
export class PriorityFlagWorkflowService {
  constructor(
    private readonly scope: TenantScope,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Applies one step to the flag and records it, in one transaction. Throws FORBIDDEN for a
   * role that may not change flags, NOT_FOUND for an unknown flag or one of another partner,
   * and INVALID_TRANSITION when the flag's status does not allow the step. A rejected step
   * changes nothing.
   */
  async apply(flagId: string, action: FlagAction, note: string | null): Promise<FlagStepResult> {
    if (!ROLES_THAT_CHANGE_FLAGS.has(this.viewer.role)) {
      throw new ForbiddenError(`The ${this.viewer.role} role may not change priority flags.`);
    }
    if (action.kind === "assign" && action.assigneeId !== null && !(await this.scope.findById(StaffUser, action.assigneeId))) {
      throw new NotFoundError("StaffUser", action.assigneeId);
    }

    const recordedNote = note !== null && note.trim() !== "" ? note : null;
    const recordedAction: FlagAction = action.kind === "resolve" ? { ...action, note: recordedNote } : action;
    const result = await this.scope.dataSource.transaction((manager) => this.applyInTransaction(manager, flagId, recordedAction, recordedNote));
    logger.info({ flagId, eventType: result.event.type, userId: this.viewer.userId }, "priority flag changed");

    return result;
  }

  private async applyInTransaction(manager: EntityManager, flagId: string, action: FlagAction, note: string | null): Promise<FlagStepResult> {
    const flag = await manager.findOneBy(PriorityFlag, { id: flagId, partnerId: this.scope.partnerId });
    if (!flag) {
      throw new NotFoundError("PriorityFlag", flagId);
    }

    const occurredAt = this.stepTime(flag);
    const transition = planTransition(flag, action, occurredAt);

    // The status and assignee just read must still hold, so that two staff members acting at
    // once cannot both resolve the same flag.
    const update = await manager.update(
      PriorityFlag,
      { id: flag.id, partnerId: flag.partnerId, status: flag.status, assigneeId: flag.assigneeId ?? IsNull() },
      { ...transition.next, updatedAt: occurredAt },
    );
    if (update.affected === 0) {
      return this.applyInTransaction(manager, flagId, action, note);
    }

    const event: PriorityFlagEvent = {
      id: newId("priorityFlagEvent"),
      partnerId: flag.partnerId,
      flagId: flag.id,
      type: transition.eventType,
      fromStatus: flag.status,
      toStatus: transition.next.status,
      actorId: this.viewer.userId,
      actorLabel: this.viewer.displayName,
      occurredAt,
      assigneeId: transition.eventAssigneeId,
      resolutionReason: action.kind === "resolve" ? action.reason : null,
      note,
    };
    await manager.insert(PriorityFlagEvent, event);

    return { flag: { ...flag, ...transition.next, updatedAt: occurredAt }, event };
  }

  /**
   * Returns the time of a new step: now, or one millisecond after the flag's last change when
   * the clock has not moved past it, so that the history's order by time matches the order of
   * the steps.
   */
  private stepTime(flag: PriorityFlag): Date {
    const now = this.clock();

    return now.getTime() > flag.updatedAt.getTime() ? now : new Date(flag.updatedAt.getTime() + 1);
  }
}
