import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { Program } from "./program.entity";
import { ProgramService } from "./program.service";
import { ProgramsArgs } from "./programs.args";

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { description: "The viewer's partner's programs, by name unless `sort` says otherwise." })
  programs(@Args() args: ProgramsArgs, @Ctx() context: GraphQLContext): Promise<Program[]> {
    return new ProgramService(context.scope).list(args);
  }
}
