import type { DataSource } from "typeorm";
import { hashPassword } from "../auth/password";
import { StaffRole } from "../auth/staff-role.enum";
import { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { FlagChannel, FlagStatus } from "../flag/flag-enums";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { MentorshipStatus } from "../mentorship/mentorship-enums";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeSource, CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import type { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";

/** Password of every staff user the factory creates. */
export const TEST_PASSWORD = "test-password-0123456789";

/** The value of one answer; the field that is set must match the question's kind. */
export interface AnswerValue {
  text?: string;
  number?: number;
  choices?: string[];
  date?: string;
}

/** A question for `survey`, with the fields a test usually cares about. */
export type QuestionSpec = Partial<Omit<SurveyQuestion, "id" | "partnerId" | "surveyId">> & { prompt: string; kind: QuestionKind };

/** A survey with its questions, in position order. */
export interface SurveyWithQuestions {
  survey: Survey;
  questions: SurveyQuestion[];
}

/**
 * Inserts small, valid rows for tests, one call per row, with defaults a test can override.
 * Every method returns the inserted entity.
 */
export class TestFactory {
  private sequence = 0;

  constructor(private readonly dataSource: DataSource) {}

  private next(): number {
    this.sequence += 1;
    return this.sequence;
  }

  async partner(overrides: Partial<Partner> = {}): Promise<Partner> {
    const n = this.next();
    return this.save(Partner, { id: newId("partner"), slug: `partner-${n}`, name: `Partner ${n}`, createdAt: new Date("2024-01-01T00:00:00Z"), ...overrides });
  }

  async program(partner: Partner, overrides: Partial<Program> = {}): Promise<Program> {
    const n = this.next();
    return this.save(Program, {
      id: newId("program"),
      partnerId: partner.id,
      name: `Program ${n}`,
      description: null,
      createdAt: new Date("2024-01-02T00:00:00Z"),
      updatedAt: new Date("2024-01-02T00:00:00Z"),
      ...overrides,
    });
  }

  async staffUser(partner: Partner, overrides: Partial<StaffUser> = {}): Promise<StaffUser> {
    const n = this.next();
    return this.save(StaffUser, {
      id: newId("staffUser"),
      partnerId: partner.id,
      email: `staff-${n}@example.edu`,
      displayName: `Staff ${n}`,
      role: StaffRole.ADMIN,
      passwordHash: await hashPassword(TEST_PASSWORD),
      signedOutAt: null,
      createdAt: new Date("2024-01-01T00:00:00Z"),
      ...overrides,
    });
  }

  async participant(program: Program, overrides: Partial<Participant> = {}): Promise<Participant> {
    const n = this.next();
    return this.save(Participant, {
      id: newId("participant"),
      partnerId: program.partnerId,
      programId: program.id,
      externalId: `P-${n}`,
      role: ParticipantRole.MENTEE,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      preferredName: null,
      pronouns: null,
      pictureUrl: null,
      email: `person-${n}@example.edu`,
      phone: null,
      gender: null,
      raceEthnicity: null,
      firstGeneration: null,
      graduationYear: null,
      fieldOfStudyOrWork: null,
      createdAt: new Date("2024-02-01T00:00:00Z"),
      updatedAt: new Date("2024-02-01T00:00:00Z"),
      ...overrides,
    });
  }

  async mentor(program: Program, overrides: Partial<Participant> = {}): Promise<Participant> {
    return this.participant(program, { role: ParticipantRole.MENTOR, ...overrides });
  }

  async mentee(program: Program, overrides: Partial<Participant> = {}): Promise<Participant> {
    return this.participant(program, { role: ParticipantRole.MENTEE, ...overrides });
  }

  async lifeExperiences(participant: Participant, experiences: LifeExperience[]): Promise<void> {
    const rows = experiences.map((experience) => ({ partnerId: participant.partnerId, participantId: participant.id, experience }));
    await this.dataSource.getRepository(ParticipantLifeExperience).insert(rows);
  }

  async goals(participant: Participant, goals: string[]): Promise<void> {
    const rows = goals.map((goal, index) => ({ partnerId: participant.partnerId, participantId: participant.id, position: index + 1, goal }));
    await this.dataSource.getRepository(ParticipantGoal).insert(rows);
  }

  async customAttributeDefinition(program: Program, overrides: Partial<CustomAttributeDefinition> = {}): Promise<CustomAttributeDefinition> {
    const n = this.next();
    return this.save(CustomAttributeDefinition, {
      id: newId("customAttribute"),
      partnerId: program.partnerId,
      programId: program.id,
      key: `attribute_${n}`,
      label: `Attribute ${n}`,
      valueType: CustomAttributeValueType.TEXT,
      source: CustomAttributeSource.INSTITUTION,
      comparable: false,
      identifying: false,
      position: n,
      ...overrides,
    });
  }

  async customAttributeValue(participant: Participant, definition: CustomAttributeDefinition, value: string): Promise<void> {
    await this.dataSource
      .getRepository(CustomAttributeValue)
      .insert({ partnerId: participant.partnerId, participantId: participant.id, definitionId: definition.id, value });
  }

  async mentorship(program: Program, mentor: Participant, mentee: Participant, overrides: Partial<Mentorship> = {}): Promise<Mentorship> {
    return this.save(Mentorship, {
      id: newId("mentorship"),
      partnerId: program.partnerId,
      programId: program.id,
      externalId: null,
      mentorId: mentor.id,
      menteeId: mentee.id,
      status: MentorshipStatus.MATCHED,
      matchedOn: "2024-09-01",
      unmatchedOn: null,
      unmatchReason: null,
      unmatchNote: null,
      createdAt: new Date("2024-09-01T12:00:00Z"),
      updatedAt: new Date("2024-09-01T12:00:00Z"),
      ...overrides,
    });
  }

  async survey(program: Program, type: SurveyType, questions: QuestionSpec[], overrides: Partial<Survey> = {}): Promise<SurveyWithQuestions> {
    const n = this.next();
    const survey = await this.save(Survey, {
      id: newId("survey"),
      partnerId: program.partnerId,
      programId: program.id,
      type,
      title: `Survey ${n}`,
      wave: null,
      ...overrides,
    });

    const saved: SurveyQuestion[] = [];
    for (const [index, spec] of questions.entries()) {
      saved.push(
        await this.save(SurveyQuestion, {
          id: newId("surveyQuestion"),
          partnerId: program.partnerId,
          surveyId: survey.id,
          position: index + 1,
          required: false,
          highlight: false,
          comparable: false,
          area: null,
          options: [],
          ...spec,
        }),
      );
    }

    return { survey, questions: saved };
  }

  /** Inserts a response and its answers; `answers` pairs each answered question with its value. */
  async response(
    survey: Survey,
    respondent: Participant,
    options: { mentorship: Mentorship | null; submittedAt: Date; answers?: Array<[SurveyQuestion, AnswerValue]> },
  ): Promise<SurveyResponse> {
    const response = await this.save(SurveyResponse, {
      id: newId("surveyResponse"),
      partnerId: survey.partnerId,
      programId: survey.programId,
      surveyId: survey.id,
      surveyType: survey.type,
      mentorshipId: options.mentorship?.id ?? null,
      respondentId: respondent.id,
      respondentRole: respondent.role,
      submittedAt: options.submittedAt,
      updatedAt: options.submittedAt,
    });

    const rows = (options.answers ?? []).map(([question, value]) => ({
      id: newId("surveyAnswer"),
      partnerId: survey.partnerId,
      responseId: response.id,
      questionId: question.id,
      textValue: value.text ?? null,
      numberValue: value.number ?? null,
      choiceValues: value.choices ?? null,
      dateValue: value.date ?? null,
    }));
    if (rows.length > 0) {
      await this.dataSource.getRepository(SurveyAnswer).insert(rows);
    }

    return response;
  }

  async conversation(mentorship: Mentorship, overrides: Partial<Conversation> = {}): Promise<Conversation> {
    return this.save(Conversation, {
      id: newId("conversation"),
      partnerId: mentorship.partnerId,
      programId: mentorship.programId,
      mentorshipId: mentorship.id,
      occurredAt: new Date("2024-10-01T15:00:00Z"),
      medium: ConversationMedium.VIDEO,
      durationMinutes: 30,
      topics: [],
      loggedByRole: ParticipantRole.MENTOR,
      source: ConversationSource.CHECK_IN,
      surveyResponseId: null,
      ...overrides,
    });
  }

  async flagCategory(program: Program, overrides: Partial<FlagCategory> = {}): Promise<FlagCategory> {
    const n = this.next();
    return this.save(FlagCategory, { id: newId("flagCategory"), partnerId: program.partnerId, programId: program.id, key: `category_${n}`, label: `Category ${n}`, ...overrides });
  }

  /** Inserts a flag about the mentee of `mentorship`, raised by its mentor, unless overridden. */
  async flag(mentorship: Mentorship, category: FlagCategory, overrides: Partial<PriorityFlag> = {}): Promise<PriorityFlag> {
    return this.save(PriorityFlag, {
      id: newId("priorityFlag"),
      partnerId: mentorship.partnerId,
      programId: mentorship.programId,
      mentorshipId: mentorship.id,
      subjectId: mentorship.menteeId,
      reportedById: mentorship.mentorId,
      reportedByRole: ParticipantRole.MENTOR,
      channel: FlagChannel.POST_SESSION_SURVEY,
      categoryId: category.id,
      urgent: false,
      status: FlagStatus.OPEN,
      description: "Concern described by the reporter.",
      reportedAt: new Date("2024-10-02T10:00:00Z"),
      firstResponseAt: null,
      resolvedAt: null,
      assigneeId: null,
      resolutionReason: null,
      resolutionNote: null,
      updatedAt: new Date("2024-10-02T10:00:00Z"),
      externalId: null,
      ...overrides,
    });
  }

  private async save<E extends object>(entity: new () => E, values: E): Promise<E> {
    await this.dataSource.getRepository(entity).insert(values as never);
    return values;
  }
}

export { ConversationMedium, ConversationSource, FlagChannel, FlagStatus, MentorshipStatus, ParticipantRole, QuestionKind, SurveyType };
