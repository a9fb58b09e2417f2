import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ListArgs } from "../common/pagination";
import { PriorityFlagFilter } from "../flag/priority-flag-filter.input";
import { PriorityFlagSort } from "../flag/priority-flag-sort.input";

@ArgsType()
export class ParticipantPriorityFlagsArgs extends ListArgs {
  @Field(() => PriorityFlagFilter, { nullable: true, description: "Conditions the flags must meet; every flag about the participant when omitted." })
  @ValidateNested()
  filter?: PriorityFlagFilter | null;

  @Field(() => PriorityFlagSort, { nullable: true, description: "Order of the list; newest first when omitted." })
  @ValidateNested()
  sort?: PriorityFlagSort | null;
}
