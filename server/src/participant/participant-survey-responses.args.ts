import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ListArgs } from "../common/pagination";
import { SurveyResponseFilter } from "../survey/survey-response-filter.input";
import { SurveyResponseSort } from "../survey/survey-response-sort.input";

@ArgsType()
export class ParticipantSurveyResponsesArgs extends ListArgs {
  @Field(() => SurveyResponseFilter, { nullable: true, description: "Conditions the responses must meet; every response of the participant when omitted." })
  @ValidateNested()
  filter?: SurveyResponseFilter | null;

  @Field(() => SurveyResponseSort, { nullable: true, description: "Order of the list; newest first when omitted." })
  @ValidateNested()
  sort?: SurveyResponseSort | null;
}
