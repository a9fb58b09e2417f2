import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { Node } from "./node.interface";
import { NodeService } from "./node.service";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Any object of the viewer's partner by its global id, such as a mentorship, participant or priority flag. Returns null for an unknown id, a deleted record or an id of another partner alike; a malformed id fails with BAD_USER_INPUT. Fields read through it are restricted exactly as on every other path.",
  })
  node(@Arg("id", () => ID, { description: "Global id, such as `mtr_` followed by 32 hex digits." }) id: string, @Ctx() context: GraphQLContext): Promise<object | null> {
    return new NodeService(context.loaders.node).find(id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description:
      "Objects for up to 100 global ids, in the order given, with null for each unknown, deleted or foreign id. One malformed id fails the whole field with BAD_USER_INPUT.",
  })
  nodes(@Arg("ids", () => [ID], { description: "Global ids, at most 100." }) ids: string[], @Ctx() context: GraphQLContext): Promise<Array<object | null>> {
    return new NodeService(context.loaders.node).findMany(ids);
  }
}
