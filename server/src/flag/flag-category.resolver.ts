import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { loadReferenced } from "../common/loaders";
import type { GraphQLContext } from "../graphql/context";
import { Program } from "../partner/program.entity";
import { FlagCategoriesArgs } from "./flag-categories.args";
import { FlagCategory } from "./flag-category.entity";
import { FlagCategoryService } from "./flag-category.service";

@Resolver(() => FlagCategory)
export class FlagCategoryResolver {
  @Query(() => [FlagCategory], {
    description: "The flag categories of the viewer's partner's programs, for filter choices; ordered by program, then label. A program configures a few dozen at most, so the list is not paged.",
  })
  flagCategories(@Args() args: FlagCategoriesArgs, @Ctx() context: GraphQLContext): Promise<FlagCategory[]> {
    return new FlagCategoryService(context.scope).list(args);
  }

  @FieldResolver(() => Program, { description: "The program that offers this category." })
  program(@Root() category: FlagCategory, @Ctx() context: GraphQLContext): Promise<Program> {
    return loadReferenced(context.loaders.partner.programById, category.programId, "Program");
  }
}
