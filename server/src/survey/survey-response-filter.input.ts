import { Field, InputType } from "type-graphql";
import { IsNotBefore } from "../common/validation";
import { ParticipantRole } from "../participant/participant-role.enum";
import { SurveyType } from "./survey-enums";

@InputType({ description: "Conditions a survey response must meet to be listed; omitted fields do not filter, and all given fields must hold." })
export class SurveyResponseFilter {
  @Field(() => [SurveyType], { nullable: true, description: "Only responses to surveys of these types." })
  surveyTypes?: SurveyType[] | null;

  @Field(() => [ParticipantRole], { nullable: true, description: "Only responses by a participant in one of these roles." })
  respondentRoles?: ParticipantRole[] | null;

  @Field(() => Date, { nullable: true, description: "Only responses submitted at or after this instant." })
  submittedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only responses submitted at or before this instant; must not be before `submittedFrom`." })
  @IsNotBefore("submittedFrom")
  submittedTo?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Only responses whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted responses are listed by `deletedRecords`.",
  })
  updatedSince?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "true: apply the highlights-table rule. Matching and assessment responses are always listed; a post-session response is listed only when at least one optional open-text question has a non-blank answer. false (the default): list every response.",
  })
  highlightsOnly?: boolean | null;
}
