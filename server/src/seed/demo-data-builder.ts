import type { StaffUser } from "../auth/staff-user.entity";
import type { Conversation } from "../conversation/conversation.entity";
import type { FlagCategory } from "../flag/flag-category.entity";
import type { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import type { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import type { ParticipantGoal } from "../participant/participant-goal.entity";
import type { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import type { Participant } from "../participant/participant.entity";
import type { Partner } from "../partner/partner.entity";
import type { Program } from "../partner/program.entity";
import type { SurveyAnswer } from "../survey/survey-answer.entity";
import type { SurveyQuestion } from "../survey/survey-question.entity";
import type { SurveyResponse } from "../survey/survey-response.entity";
import type { Survey } from "../survey/survey.entity";
import { QuestionKind } from "../survey/survey-enums";
import type { IdKind } from "../common/ids";
import type { SeededRandom } from "./random";

/** A staff user as generated: the password is hashed only when the row is inserted. */
export type DemoStaffUser = Omit<StaffUser, "passwordHash"> & { password: string };

/** Plain rows for every entity, in the order they must be inserted. */
export interface DemoData {
  partners: Partner[];
  programs: Program[];
  staffUsers: DemoStaffUser[];
  flagCategories: FlagCategory[];
  customAttributeDefinitions: CustomAttributeDefinition[];
  participants: Participant[];
  participantLifeExperiences: ParticipantLifeExperience[];
  participantGoals: ParticipantGoal[];
  customAttributeValues: CustomAttributeValue[];
  mentorships: Mentorship[];
  surveys: Survey[];
  surveyQuestions: SurveyQuestion[];
  surveyResponses: SurveyResponse[];
  surveyAnswers: SurveyAnswer[];
  conversations: Conversation[];
  priorityFlags: PriorityFlag[];
  priorityFlagEvents: PriorityFlagEvent[];
}

/** The value of one answer; which field is set follows the question's kind. */
export type AnswerValue = { text: string } | { number: number } | { choices: string[] } | { date: string };

/** A question and its answer, or null when the respondent left an optional question empty. */
export type AnswerInput = readonly [question: SurveyQuestion, value: AnswerValue | null];

export interface ResponseInput {
  id?: string;
  survey: Survey;
  respondent: Participant;
  mentorship: Mentorship | null;
  submittedAt: Date;
  answers: readonly AnswerInput[];
}

export function emptyDemoData(): DemoData {
  return {
    partners: [],
    programs: [],
    staffUsers: [],
    flagCategories: [],
    customAttributeDefinitions: [],
    participants: [],
    participantLifeExperiences: [],
    participantGoals: [],
    customAttributeValues: [],
    mentorships: [],
    surveys: [],
    surveyQuestions: [],
    surveyResponses: [],
    surveyAnswers: [],
    conversations: [],
    priorityFlags: [],
    priorityFlagEvents: [],
  };
}

/** The answer field that each question kind fills. */
const VALUE_FIELD_BY_KIND: Record<QuestionKind, keyof AnswerFields> = {
  SINGLE_CHOICE: "choices",
  MULTIPLE_CHOICE: "choices",
  LIKERT: "number",
  RATING: "number",
  NUMBER: "number",
  DATE: "date",
  OPEN_TEXT: "text",
};

interface AnswerFields {
  text: string;
  number: number;
  choices: string[];
  date: string;
}

/**
 * Collects the generated rows. Survey responses go through `addResponse`, so every response and
 * its answers stay consistent: one answer per answered question, in the field its kind uses.
 */
export class DemoDataBuilder {
  readonly data: DemoData = emptyDemoData();

  constructor(private readonly ids: SeededRandom) {}

  newId(kind: IdKind): string {
    return this.ids.id(kind);
  }

  addResponse(input: ResponseInput): SurveyResponse {
    const response: SurveyResponse = {
      id: input.id ?? this.newId("surveyResponse"),
      partnerId: input.survey.partnerId,
      programId: input.survey.programId,
      surveyId: input.survey.id,
      surveyType: input.survey.type,
      mentorshipId: input.mentorship?.id ?? null,
      respondentId: input.respondent.id,
      respondentRole: input.respondent.role,
      submittedAt: input.submittedAt,
      updatedAt: input.submittedAt,
    };
    this.data.surveyResponses.push(response);

    for (const [question, value] of input.answers) {
      if (value === null) {
        continue;
      }
      if (question.surveyId !== input.survey.id) {
        throw new Error(`Question ${question.id} does not belong to survey ${input.survey.id}`);
      }
      this.data.surveyAnswers.push(this.answerRow(response, question, value));
    }

    return response;
  }

  private answerRow(response: SurveyResponse, question: SurveyQuestion, value: AnswerValue): SurveyAnswer {
    const field = VALUE_FIELD_BY_KIND[question.kind];
    if (!(field in value)) {
      throw new Error(`A ${question.kind} answer needs a "${field}" value, got ${JSON.stringify(value)}`);
    }

    return {
      id: this.newId("surveyAnswer"),
      partnerId: response.partnerId,
      responseId: response.id,
      questionId: question.id,
      textValue: "text" in value ? value.text : null,
      numberValue: "number" in value ? value.number : null,
      choiceValues: "choices" in value ? [...value.choices] : null,
      dateValue: "date" in value ? value.date : null,
    };
  }
}
