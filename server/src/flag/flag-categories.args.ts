import { ArrayMaxSize } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

/** Arguments of the `flagCategories` query. */
@ArgsType()
export class FlagCategoriesArgs {
  @Field(() => [ID], { nullable: true, description: "Only the categories of these programs (`prg_` ids, at most 100); every program of the partner when omitted." })
  @ArrayMaxSize(100)
  programIds?: string[] | null;
}
