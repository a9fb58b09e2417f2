import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { StaffUser } from "../auth/staff-user.entity";
import { loadReferenced } from "../common/loaders";
import type { GraphQLContext } from "../graphql/context";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { FlagCategory } from "./flag-category.entity";
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
}
