import { Field, InputType } from "type-graphql";
import { IsNotBefore } from "../common/validation";
import { ConversationMedium, ConversationSource } from "./conversation-enums";

@InputType({ description: "Conditions a conversation must meet to be listed; omitted fields do not filter, and all given fields must hold." })
export class ConversationFilter {
  @Field(() => Date, { nullable: true, description: "Only conversations that took place at or after this instant." })
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only conversations that took place at or before this instant; must not be before `occurredFrom`." })
  @IsNotBefore("occurredFrom")
  occurredTo?: Date | null;

  @Field(() => [ConversationSource], { nullable: true, description: "Only conversations logged through one of these sources." })
  sources?: ConversationSource[] | null;

  @Field(() => [ConversationMedium], { nullable: true, description: "Only conversations held through one of these media." })
  media?: ConversationMedium[] | null;
}
