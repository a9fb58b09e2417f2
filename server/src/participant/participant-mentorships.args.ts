import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ListArgs } from "../common/pagination";
import { MentorshipFilter } from "../mentorship/mentorship-filter.input";
import { MentorshipSort } from "../mentorship/mentorship-sort.input";

@ArgsType()
export class ParticipantMentorshipsArgs extends ListArgs {
  @Field(() => MentorshipFilter, { nullable: true, description: "Conditions the mentorships must meet; all of the participant's mentorships when omitted." })
  @ValidateNested()
  filter?: MentorshipFilter | null;

  @Field(() => MentorshipSort, { nullable: true, description: "Order of the list; newest match first when omitted." })
  @ValidateNested()
  sort?: MentorshipSort | null;
}
