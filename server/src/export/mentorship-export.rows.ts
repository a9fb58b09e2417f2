import type { FieldAccess } from "../auth/field-access";
import { FLAG_STATUS_LABELS } from "../flag/flag-enums";
import { UNMATCH_REASON_LABELS } from "../mentorship/mentorship-enums";
import { CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { LIFE_EXPERIENCE_LABELS, LifeExperience } from "../participant/life-experience.enum";
import { QuestionKind, SURVEY_TYPE_LABELS } from "../survey/survey-enums";
import type { SurveyAnswerView } from "../survey/survey-answer.type";
import type { ExportedParticipant, MentorshipExport } from "./mentorship-export.service";
import type { CsvCell, CsvColumn } from "./spreadsheet-csv";

/**
 * Every column of the mentorship CSV, in file order. The first five are filled on every row.
 * The others are filled only on the record types that `docs/csv-export.md` lists for them.
 */
export const MENTORSHIP_EXPORT_COLUMNS = [
  "record_type",
  "mentorship_id",
  "program",
  "status",
  "date_matched",
  "program_id",
  "mentorship_external_id",
  "date_unmatched",
  "unmatch_reason",
  "unmatch_note",
  "conversation_count",
  "last_conversation_at",
  "priority_flag_count",
  "open_priority_flag_count",
  "created_at",
  "updated_at",
  "participant_id",
  "participant_role",
  "external_id",
  "first_name",
  "last_name",
  "preferred_name",
  "pronouns",
  "picture_url",
  "email",
  "phone",
  "gender",
  "race_ethnicity",
  "first_generation",
  "graduation_year",
  "field_of_study_or_work",
  "position",
  "key",
  "label",
  "value",
  "value_type",
  "attribute_source",
  "comparable",
  "identifying",
  "common_ground_kind",
  "conversation_id",
  "occurred_at",
  "medium",
  "duration_minutes",
  "topics",
  "logged_by_role",
  "conversation_source",
  "survey_response_id",
  "survey_type",
  "survey_title",
  "survey_wave",
  "submitted_at",
  "question_position",
  "question_prompt",
  "question_kind",
  "question_area",
  "answer_value",
  "flag_id",
  "reported_by_role",
  "channel",
  "category",
  "urgent",
  "flag_status",
  "description",
  "reported_at",
  "first_response_at",
  "resolved_at",
  "assignee",
  "resolution_reason",
  "resolution_note",
] as const;

export type MentorshipExportColumn = (typeof MENTORSHIP_EXPORT_COLUMNS)[number];

/** One CSV row, in which a column left out is an empty cell. */
export type MentorshipExportRow = Partial<Record<MentorshipExportColumn, CsvCell>>;

export const MENTORSHIP_EXPORT_CSV_COLUMNS: ReadonlyArray<CsvColumn<MentorshipExportRow>> = MENTORSHIP_EXPORT_COLUMNS.map((header) => ({
  header,
  value: (row: MentorshipExportRow) => row[header] ?? null,
}));

/** Separates the items of a list (topics, chosen options) inside one cell. */
export const LIST_SEPARATOR = "; ";

/**
 * Turns all data of one mentorship into CSV rows, one per record, grouped by record type.
 * Fields of a group that `access` does not allow are left empty, as the API returns them null.
 */
export function buildMentorshipExportRows(data: MentorshipExport, access: FieldAccess): MentorshipExportRow[] {
  const { mentorship, program, relevantInfo } = data;
  const key: MentorshipExportRow = {
    mentorship_id: mentorship.id,
    program: program.name,
    status: mentorship.status,
    date_matched: mentorship.matchedOn,
  };
  const pair = [data.mentor, data.mentee];
  const roleOf = new Map(pair.map(({ participant }) => [participant.id, participant.role]));

  const mentorshipRow: MentorshipExportRow = {
    record_type: "mentorship",
    ...key,
    program_id: program.id,
    mentorship_external_id: mentorship.externalId,
    date_unmatched: mentorship.unmatchedOn,
    unmatch_reason: mentorship.unmatchReason ? UNMATCH_REASON_LABELS[mentorship.unmatchReason] : null,
    unmatch_note: mentorship.unmatchNote,
    conversation_count: relevantInfo.conversationCount,
    last_conversation_at: instant(relevantInfo.lastConversationAt),
    priority_flag_count: relevantInfo.priorityFlagCount,
    open_priority_flag_count: relevantInfo.openPriorityFlagCount,
    created_at: instant(mentorship.createdAt),
    updated_at: instant(mentorship.updatedAt),
  };

  return [
    mentorshipRow,
    ...pair.map((person) => participantRow(key, person, access)),
    ...pair.flatMap((person) => customAttributeRows(key, person)),
    ...pair.flatMap((person) => lifeExperienceRows(key, person)),
    ...pair.flatMap((person) => goalRows(key, person)),
    ...relevantInfo.commonGround.map(
      (item): MentorshipExportRow => ({
        record_type: "common_ground",
        ...key,
        common_ground_kind: item.kind,
        label: item.label,
        value: item.value,
      }),
    ),
    ...data.conversations.map(
      (conversation): MentorshipExportRow => ({
        record_type: "conversation",
        ...key,
        conversation_id: conversation.id,
        occurred_at: instant(conversation.occurredAt),
        medium: conversation.medium,
        duration_minutes: conversation.durationMinutes,
        topics: conversation.topics.join(LIST_SEPARATOR),
        logged_by_role: conversation.loggedByRole,
        conversation_source: conversation.source,
        survey_response_id: conversation.surveyResponseId,
      }),
    ),
    ...data.surveyResponses.flatMap(({ response, survey, answers }) =>
      answers.map(
        (answer): MentorshipExportRow => ({
          record_type: "survey_answer",
          ...key,
          participant_id: response.respondentId,
          participant_role: response.respondentRole,
          survey_response_id: response.id,
          survey_type: SURVEY_TYPE_LABELS[response.surveyType],
          survey_title: survey.title,
          survey_wave: survey.wave,
          submitted_at: instant(response.submittedAt),
          question_position: answer.question.position,
          question_prompt: answer.question.prompt,
          question_kind: answer.question.kind,
          question_area: answer.question.area,
          answer_value: answerValue(answer),
        }),
      ),
    ),
    ...data.priorityFlags.map(
      ({ flag, categoryLabel, assigneeName }): MentorshipExportRow => ({
        record_type: "priority_flag",
        ...key,
        flag_id: flag.id,
        participant_id: flag.subjectId,
        participant_role: roleOf.get(flag.subjectId) ?? null,
        reported_by_role: flag.reportedByRole,
        channel: flag.channel,
        category: categoryLabel,
        urgent: flag.urgent,
        flag_status: FLAG_STATUS_LABELS[flag.status],
        description: flag.description,
        reported_at: instant(flag.reportedAt),
        first_response_at: instant(flag.firstResponseAt),
        resolved_at: instant(flag.resolvedAt),
        assignee: assigneeName,
        resolution_reason: flag.resolutionReason,
        resolution_note: access.flagNotes ? flag.resolutionNote : null,
      }),
    ),
  ];
}

function participantRow(key: MentorshipExportRow, { participant }: ExportedParticipant, access: FieldAccess): MentorshipExportRow {
  return {
    record_type: "participant",
    ...key,
    participant_id: participant.id,
    participant_role: participant.role,
    external_id: participant.externalId,
    first_name: participant.firstName,
    last_name: participant.lastName,
    preferred_name: participant.preferredName,
    pronouns: participant.pronouns,
    picture_url: participant.pictureUrl,
    email: access.contactDetails ? participant.email : null,
    phone: access.contactDetails ? participant.phone : null,
    gender: participant.gender,
    race_ethnicity: participant.raceEthnicity,
    first_generation: participant.firstGeneration,
    graduation_year: participant.graduationYear,
    field_of_study_or_work: participant.fieldOfStudyOrWork,
    created_at: instant(participant.createdAt),
    updated_at: instant(participant.updatedAt),
  };
}

function customAttributeRows(key: MentorshipExportRow, { participant, customAttributes }: ExportedParticipant): MentorshipExportRow[] {
  return customAttributes.map(({ definition, value }) => ({
    record_type: "custom_attribute",
    ...key,
    participant_id: participant.id,
    participant_role: participant.role,
    key: definition.key,
    label: definition.label,
    value: typedAttributeValue(value, definition.valueType),
    value_type: definition.valueType,
    attribute_source: definition.source,
    comparable: definition.comparable,
    identifying: definition.identifying,
  }));
}

const LIFE_EXPERIENCE_ORDER = Object.values(LifeExperience);

function lifeExperienceRows(key: MentorshipExportRow, { participant, lifeExperiences }: ExportedParticipant): MentorshipExportRow[] {
  return [...lifeExperiences]
    .sort((a, b) => LIFE_EXPERIENCE_ORDER.indexOf(a.experience) - LIFE_EXPERIENCE_ORDER.indexOf(b.experience))
    .map(({ experience }) => ({
      record_type: "life_experience",
      ...key,
      participant_id: participant.id,
      participant_role: participant.role,
      key: experience,
      label: LIFE_EXPERIENCE_LABELS[experience] ?? experience,
    }));
}

function goalRows(key: MentorshipExportRow, { participant, goals }: ExportedParticipant): MentorshipExportRow[] {
  return goals.map((goal) => ({
    record_type: "goal",
    ...key,
    participant_id: participant.id,
    participant_role: participant.role,
    position: goal.position,
    value: goal.goal,
  }));
}

/**
 * Returns a custom attribute value as the spreadsheet should read it: a number or boolean
 * where the text is exactly one, the stored text otherwise. Only text that a number prints
 * back to unchanged becomes a number, so `3.50` or `007` keep their stored form.
 */
export function typedAttributeValue(text: string, valueType: CustomAttributeValueType): CsvCell {
  if (valueType === CustomAttributeValueType.NUMBER && text.trim() !== "" && String(Number(text)) === text) {
    return Number(text);
  }
  if (valueType === CustomAttributeValueType.BOOLEAN && (text === "true" || text === "false")) {
    return text === "true";
  }

  return text;
}

/** Returns the one value an answer holds, chosen by its question's kind; options of a choice question are joined. */
export function answerValue(answer: SurveyAnswerView): CsvCell {
  switch (answer.question.kind) {
    case QuestionKind.SINGLE_CHOICE:
    case QuestionKind.MULTIPLE_CHOICE:
      return answer.choices ? answer.choices.join(LIST_SEPARATOR) : null;
    case QuestionKind.LIKERT:
    case QuestionKind.RATING:
    case QuestionKind.NUMBER:
      return answer.number;
    case QuestionKind.DATE:
      return answer.date;
    case QuestionKind.OPEN_TEXT:
      return answer.text;
  }
}

function instant(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}
