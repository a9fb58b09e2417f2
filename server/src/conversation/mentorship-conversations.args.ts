import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ListArgs } from "../common/pagination";
import { ConversationFilter } from "./conversation-filter.input";
import { ConversationSort } from "./conversation-sort.input";

@ArgsType()
export class MentorshipConversationsArgs extends ListArgs {
  @Field(() => ConversationFilter, { nullable: true, description: "Conditions the conversations must meet; all conversations when omitted." })
  @ValidateNested()
  filter?: ConversationFilter | null;

  @Field(() => ConversationSort, { nullable: true, description: "Order of the list; latest first when omitted." })
  @ValidateNested()
  sort?: ConversationSort | null;
}
