import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/pagination";
import { SurveyResponseFilter } from "./survey-response-filter.input";
import { SurveyResponseSort } from "./survey-response-sort.input";

@ArgsType()
export class SurveyResponsesArgs extends PageArgs {
  @Field(() => SurveyResponseFilter, { nullable: true, description: "Conditions the responses must meet; every response when omitted." })
  @ValidateNested()
  filter?: SurveyResponseFilter | null;

  @Field(() => SurveyResponseSort, { nullable: true, description: "Order of the list; newest submission first when omitted." })
  @ValidateNested()
  sort?: SurveyResponseSort | null;
}
