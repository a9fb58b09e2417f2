import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { StaffUser } from "../auth/staff-user.entity";
import type { GraphQLContext } from "../graphql/context";
import { PriorityFlagEvent } from "./priority-flag-event.entity";

@Resolver(() => PriorityFlagEvent)
export class PriorityFlagEventResolver {
  @FieldResolver(() => StaffUser, { nullable: true, description: "The staff member who took the step; null when the account no longer exists or no person took it. `actorLabel` keeps the name." })
  actor(@Root() event: PriorityFlagEvent, @Ctx() context: GraphQLContext): Promise<StaffUser | null> {
    return event.actorId ? context.loaders.flag.staffUserById.load(event.actorId) : Promise.resolve(null);
  }

  @FieldResolver(() => StaffUser, {
    nullable: true,
    description: "For ASSIGNED, the new assignee; for UNASSIGNED, the one removed; null for other steps or when the account no longer exists.",
  })
  assignee(@Root() event: PriorityFlagEvent, @Ctx() context: GraphQLContext): Promise<StaffUser | null> {
    return event.assigneeId ? context.loaders.flag.staffUserById.load(event.assigneeId) : Promise.resolve(null);
  }
}
