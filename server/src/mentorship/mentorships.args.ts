import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/pagination";
import { MentorshipFilter } from "./mentorship-filter.input";
import { MentorshipSort } from "./mentorship-sort.input";

@ArgsType()
export class MentorshipsArgs extends PageArgs {
  @Field(() => MentorshipFilter, { nullable: true, description: "Conditions the mentorships must meet; all mentorships when omitted." })
  @ValidateNested()
  filter?: MentorshipFilter | null;

  @Field(() => MentorshipSort, { nullable: true, description: "Order of the list; newest match first when omitted." })
  @ValidateNested()
  sort?: MentorshipSort | null;
}
