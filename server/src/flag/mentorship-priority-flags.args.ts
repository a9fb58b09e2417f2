import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ListArgs } from "../common/pagination";
import { PriorityFlagFilter } from "./priority-flag-filter.input";
import { PriorityFlagSort } from "./priority-flag-sort.input";

@ArgsType()
export class MentorshipPriorityFlagsArgs extends ListArgs {
  @Field(() => PriorityFlagFilter, { nullable: true, description: "Conditions the flags must meet; every flag of the mentorship when omitted." })
  @ValidateNested()
  filter?: PriorityFlagFilter | null;

  @Field(() => PriorityFlagSort, { nullable: true, description: "Order of the list; newest first when omitted." })
  @ValidateNested()
  sort?: PriorityFlagSort | null;
}
