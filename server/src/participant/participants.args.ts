import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/pagination";
import { ParticipantFilter } from "./participant-filter.input";
import { ParticipantSort } from "./participant-sort.input";

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => ParticipantFilter, { nullable: true, description: "Conditions the participants must meet; all participants when omitted." })
  @ValidateNested()
  filter?: ParticipantFilter | null;

  @Field(() => ParticipantSort, { nullable: true, description: "Order of the list; by name, A to Z, when omitted." })
  @ValidateNested()
  sort?: ParticipantSort | null;
}
