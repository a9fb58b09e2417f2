import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { StaffUser } from "../auth/staff-user.entity";
import { loadReferenced } from "../common/loaders";
import type { GraphQLContext } from "../graphql/context";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { FlagCategory } from "./flag-category.entity";
import { PriorityFlagEvent } from "./priority-flag-event.entity";
import { AssignPriorityFlagArgs, ReopenPriorityFlagArgs, ResolvePriorityFlagArgs, StartPriorityFlagArgs } from "./priority-flag-workflow.inputs";
import { PriorityFlagStepPayload } from "./priority-flag-workflow.payload";
import { PriorityFlagWorkflowService } from "./priority-flag-workflow.service";
import { elapsedSeconds } from "./priority-flag-timing";
import { PriorityFlagConnection } from "./priority-flag-connection.type";
import { PriorityFlag } from "./priority-flag.entity";
import { PriorityFlagService } from "./priority-flag.service";
import { PriorityFlagsArgs } from "./priority-flags.args";

@Resolver(() => PriorityFlag)
export class PriorityFlagResolver {
  @Query(() => PriorityFlag, {
    nullable: true,
    description: "One priority flag of the viewer's partner. An unknown id, or one of another partner, fails with NOT_FOUND; a malformed id with BAD_USER_INPUT.",
  })
  priorityFlag(
    @Arg("id", () => ID, { description: "Priority flag id, starting with `flg_`." }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PriorityFlag> {
    return new PriorityFlagService(context.scope).findById(id);
  }

  @Query(() => PriorityFlagConnection, { description: "The priority flags of the viewer's partner, one page at a time; newest first unless `sort` says otherwise." })
  priorityFlags(@Args() args: PriorityFlagsArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlagConnection> {
    return new PriorityFlagService(context.scope).list(args);
  }

  @FieldResolver(() => Mentorship, { nullable: true, description: "The mentorship the flag was raised in; null when it concerns the participant outside a pair, or the pair was deleted." })
  mentorship(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<Mentorship | null> {
    return flag.mentorshipId ? context.loaders.mentorship.byId.load(flag.mentorshipId) : Promise.resolve(null);
  }

  @FieldResolver(() => Participant, { description: "The participant the concern is about." })
  subject(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<Participant> {
    return loadReferenced(context.loaders.participant.byId, flag.subjectId, "Participant");
  }

  @FieldResolver(() => Participant, { nullable: true, description: "The participant who raised it; null when staff or a keyword alert raised it." })
  reportedBy(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<Participant | null> {
    return flag.reportedById ? context.loaders.participant.byId.load(flag.reportedById) : Promise.resolve(null);
  }

  @FieldResolver(() => FlagCategory, { description: "The kind of concern." })
  category(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<FlagCategory> {
    return loadReferenced(context.loaders.flag.categoryById, flag.categoryId, "FlagCategory");
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: "The staff member working on it; null while unassigned." })
  assignee(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<StaffUser | null> {
    return flag.assigneeId ? context.loaders.flag.staffUserById.load(flag.assigneeId) : Promise.resolve(null);
  }

  @FieldResolver(() => Program, { description: "The program the flag belongs to." })
  program(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<Program> {
    return loadReferenced(context.loaders.partner.programById, flag.programId, "Program");
  }

  @FieldResolver(() => [PriorityFlagEvent], { description: "Every workflow step taken on the flag, oldest first; empty while no staff member has acted on it." })
  history(@Root() flag: PriorityFlag, @Ctx() context: GraphQLContext): Promise<PriorityFlagEvent[]> {
    return context.loaders.flag.historyByFlag.load(flag.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Seconds from the report to the first staff action (`firstResponseAt - reportedAt`); null while no staff member has acted.",
  })
  timeToFirstResponse(@Root() flag: PriorityFlag): number | null {
    return elapsedSeconds(flag.reportedAt, flag.firstResponseAt);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Seconds from the report to the resolution (`resolvedAt - reportedAt`); null unless the status is RESOLVED. After a reopening, it counts to the latest resolution.",
  })
  timeToResolution(@Root() flag: PriorityFlag): number | null {
    return elapsedSeconds(flag.reportedAt, flag.resolvedAt);
  }

  @Mutation(() => PriorityFlagStepPayload, {
    description:
      "Makes a staff member of the viewer's partner the flag's assignee, or removes the assignee; the status does not change. ADMIN only (FORBIDDEN otherwise). A resolved flag, or an assignee the flag already has, fails with INVALID_TRANSITION.",
  })
  assignPriorityFlag(@Args() { input }: AssignPriorityFlagArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlagStepPayload> {
    return workflowOf(context).apply(input.flagId, { kind: "assign", assigneeId: input.assigneeId ?? null }, input.note ?? null);
  }

  @Mutation(() => PriorityFlagStepPayload, {
    description: "Moves an OPEN flag to IN_PROGRESS. ADMIN only (FORBIDDEN otherwise). Any other status fails with INVALID_TRANSITION.",
  })
  startPriorityFlag(@Args() { input }: StartPriorityFlagArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlagStepPayload> {
    return workflowOf(context).apply(input.flagId, { kind: "start" }, input.note ?? null);
  }

  @Mutation(() => PriorityFlagStepPayload, {
    description:
      "Resolves an OPEN or IN_PROGRESS flag with a reason and an optional note, which becomes the flag's `resolutionNote`. ADMIN only (FORBIDDEN otherwise). A resolved flag fails with INVALID_TRANSITION.",
  })
  resolvePriorityFlag(@Args() { input }: ResolvePriorityFlagArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlagStepPayload> {
    const note = input.note ?? null;

    return workflowOf(context).apply(input.flagId, { kind: "resolve", reason: input.reason, note }, note);
  }

  @Mutation(() => PriorityFlagStepPayload, {
    description:
      "Moves a RESOLVED flag back to IN_PROGRESS and clears `resolvedAt`, `resolutionReason` and `resolutionNote`; the history keeps them. ADMIN only (FORBIDDEN otherwise). Any other status fails with INVALID_TRANSITION.",
  })
  reopenPriorityFlag(@Args() { input }: ReopenPriorityFlagArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlagStepPayload> {
    return workflowOf(context).apply(input.flagId, { kind: "reopen" }, input.note ?? null);
  }
}

function workflowOf(context: GraphQLContext): PriorityFlagWorkflowService {
  return new PriorityFlagWorkflowService(context.scope, context.viewer);
}
