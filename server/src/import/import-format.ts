import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import { MAX_FLAG_NOTE_LENGTH } from "../flag/priority-flag-workflow.inputs";
import { FlagChannel, FlagResolutionReason, FlagStatus } from "../flag/flag-enums";
import { MentorshipStatus, UnmatchReason } from "../mentorship/mentorship-enums";
import { CustomAttributeSource, CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantRole } from "../participant/participant-role.enum";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import {
  booleanCell,
  dateCell,
  emailCell,
  enumCell,
  externalIdCell,
  instantCell,
  integerCell,
  listCell,
  longTextCell,
  textCell,
  type CellParser,
} from "./cell-parsers";

/** One column of an import file. `docs/import-format.md` describes each one. */
export interface ImportColumn {
  name: string;
  /** A required column must be in the header and filled on every row; an optional one may be missing or empty. */
  required: boolean;
  parse: CellParser<unknown>;
}

export interface ImportFileFormat {
  file: ImportFileName;
  columns: ImportColumn[];
}

const required = (name: string, parse: CellParser<unknown>): ImportColumn => ({ name, required: true, parse });
const optional = (name: string, parse: CellParser<unknown>): ImportColumn => ({ name, required: false, parse });

/** A reference to a row of another file (or of the database) by its external id. */
const reference = externalIdCell;
const program = required("program", reference);

/** Files of an import folder, in the order they are validated and written (referenced files first). */
export const IMPORT_FILE_NAMES = [
  "programs.csv",
  "flag_categories.csv",
  "custom_attributes.csv",
  "participants.csv",
  "participant_attributes.csv",
  "life_experiences.csv",
  "goals.csv",
  "mentorships.csv",
  "surveys.csv",
  "survey_questions.csv",
  "survey_responses.csv",
  "survey_answers.csv",
  "conversations.csv",
  "priority_flags.csv",
] as const;

export type ImportFileName = (typeof IMPORT_FILE_NAMES)[number];

const FORMATS: Record<ImportFileName, ImportColumn[]> = {
  "programs.csv": [required("external_id", externalIdCell), required("name", textCell(200)), optional("description", longTextCell)],
  "flag_categories.csv": [program, required("key", textCell(64)), required("label", textCell(200))],
  "custom_attributes.csv": [
    program,
    required("key", textCell(64)),
    required("label", textCell(200)),
    required("value_type", enumCell(CustomAttributeValueType)),
    required("source", enumCell(CustomAttributeSource)),
    optional("comparable", booleanCell),
    optional("identifying", booleanCell),
    optional("position", integerCell(0, 1_000_000)),
  ],
  "participants.csv": [
    program,
    required("external_id", externalIdCell),
    required("role", enumCell(ParticipantRole)),
    required("first_name", textCell(100)),
    required("last_name", textCell(100)),
    optional("preferred_name", textCell(100)),
    optional("pronouns", textCell(50)),
    optional("picture_url", textCell(2000)),
    optional("email", textCell(320)),
    optional("phone", textCell(40)),
    optional("gender", textCell(100)),
    optional("race_ethnicity", textCell(200)),
    optional("first_generation", booleanCell),
    optional("graduation_year", integerCell(1900, 2200)),
    optional("field_of_study_or_work", textCell(200)),
  ],
  "participant_attributes.csv": [program, required("participant", reference), required("key", textCell(64)), required("value", longTextCell)],
  "life_experiences.csv": [program, required("participant", reference), required("experience", enumCell(LifeExperience))],
  "goals.csv": [program, required("participant", reference), required("position", integerCell(0, 1000)), required("goal", textCell(200))],
  "mentorships.csv": [
    program,
    required("external_id", externalIdCell),
    required("mentor", reference),
    required("mentee", reference),
    required("status", enumCell(MentorshipStatus)),
    required("matched_on", dateCell),
    optional("unmatched_on", dateCell),
    optional("unmatch_reason", enumCell(UnmatchReason)),
    optional("unmatch_note", longTextCell),
  ],
  "surveys.csv": [
    program,
    required("external_id", externalIdCell),
    required("type", enumCell(SurveyType)),
    required("title", textCell(200)),
    optional("wave", textCell(100)),
  ],
  "survey_questions.csv": [
    program,
    required("survey", reference),
    required("external_id", externalIdCell),
    required("position", integerCell(0, 10_000)),
    required("prompt", longTextCell),
    required("kind", enumCell(QuestionKind)),
    optional("required", booleanCell),
    optional("highlight", booleanCell),
    optional("comparable", booleanCell),
    optional("area", textCell(100)),
    optional("options", listCell(500)),
  ],
  "survey_responses.csv": [
    program,
    required("external_id", externalIdCell),
    required("survey", reference),
    required("respondent", reference),
    optional("mentorship", reference),
    required("submitted_at", instantCell),
  ],
  // The answer's type depends on its question's kind, so the value is read after the questions.
  "survey_answers.csv": [program, required("response", reference), required("question", reference), required("value", longTextCell)],
  "conversations.csv": [
    program,
    required("external_id", externalIdCell),
    required("mentorship", reference),
    required("occurred_at", instantCell),
    required("medium", enumCell(ConversationMedium)),
    optional("duration_minutes", integerCell(0, 100_000)),
    optional("topics", listCell(200)),
    optional("logged_by_role", enumCell(ParticipantRole)),
    required("source", enumCell(ConversationSource)),
    optional("survey_response", reference),
  ],
  "priority_flags.csv": [
    program,
    required("external_id", externalIdCell),
    required("subject", reference),
    optional("mentorship", reference),
    optional("reported_by", reference),
    optional("reported_by_role", enumCell(ParticipantRole)),
    required("channel", enumCell(FlagChannel)),
    required("category", textCell(64)),
    required("urgent", booleanCell),
    required("status", enumCell(FlagStatus)),
    required("description", longTextCell),
    required("reported_at", instantCell),
    optional("first_response_at", instantCell),
    optional("resolved_at", instantCell),
    optional("assignee_email", emailCell),
    optional("resolution_reason", enumCell(FlagResolutionReason)),
    // As long as the flag workflow lets staff write it.
    optional("resolution_note", textCell(MAX_FLAG_NOTE_LENGTH)),
  ],
};

export const IMPORT_FORMATS: ImportFileFormat[] = IMPORT_FILE_NAMES.map((file) => ({ file, columns: FORMATS[file] }));

/** Returns the header of a file, in the column order the export writes. */
export function importHeader(file: ImportFileName): string[] {
  return FORMATS[file].map((column) => column.name);
}
