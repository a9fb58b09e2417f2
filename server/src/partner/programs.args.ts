import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/pagination";
import { ProgramFilter } from "./program-filter.input";
import { ProgramSort } from "./program-sort.input";

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true, description: "Conditions the programs must meet; all programs when omitted." })
  @ValidateNested()
  filter?: ProgramFilter | null;

  @Field(() => ProgramSort, { nullable: true, description: "Order of the list; by name, A to Z, when omitted." })
  @ValidateNested()
  sort?: ProgramSort | null;
}
