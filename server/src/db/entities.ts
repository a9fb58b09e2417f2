import { ApiToken } from "../api-token/api-token.entity";
import { StaffUser } from "../auth/staff-user.entity";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { DeletedRecord } from "../sync/deleted-record.entity";

/** Every entity, in the order a seed inserts them. */
export const ENTITIES = [
  Partner,
  Program,
  StaffUser,
  ApiToken,
  FlagCategory,
  CustomAttributeDefinition,
  Participant,
  ParticipantLifeExperience,
  ParticipantGoal,
  CustomAttributeValue,
  Mentorship,
  Survey,
  SurveyQuestion,
  SurveyResponse,
  SurveyAnswer,
  Conversation,
  PriorityFlag,
  DeletedRecord,
  PriorityFlagEvent,
];

/** Entities whose rows belong to one partner through a `partnerId` column: every entity but `Partner`. */
export type TenantEntity = Exclude<(typeof ENTITIES)[number], typeof Partner>;
