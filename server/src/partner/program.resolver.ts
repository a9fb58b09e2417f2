import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { ProgramConnection } from "./program-connection.type";
import { Program } from "./program.entity";
import { ProgramService } from "./program.service";
import { ProgramsArgs } from "./programs.args";

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: "The viewer's partner's programs, one page at a time; by name unless `sort` sets another order." })
  async programs(@Args() args: ProgramsArgs, @Ctx() context: GraphQLContext): Promise<ProgramConnection> {
    const connection = await new ProgramService(context.scope).list(args);
    for (const { node } of connection.edges) {
      context.loaders.partner.programById.prime(node.id, node);
    }

    return connection;
  }
}
