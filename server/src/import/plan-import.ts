import type { ObjectLiteral } from "typeorm";
import { newId, type IdKind } from "../common/ids";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { QuestionKind, type SurveyType } from "../survey/survey-enums";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { booleanCell, dateCell, listCell, numberCell, type CellParser } from "./cell-parsers";
import { storedKey, type ExistingRows } from "./existing-rows";
import type { ImportFileName } from "./import-format";
import type { ImportProblems } from "./import-problem";
import { emptyTablePlan, planRow, ScopedIndex, type TablePlan } from "./plan-diff";
import type { ImportRecord, ImportRecords } from "./read-import-folder";

/** Tables in the order they are written, so every row comes after the rows it references. */
export type ImportPlan = TablePlan[];

interface Person {
  id: string;
  role: ParticipantRole | null;
}

interface PlannedMentorship {
  id: string;
  mentorId: string | null;
  menteeId: string | null;
}

interface PlannedSurvey {
  id: string;
  type: SurveyType | null;
}

interface PlannedQuestion {
  id: string;
  kind: QuestionKind | null;
}

interface PlannedResponse {
  id: string;
  surveyId: string;
}

/** Whole-program scope for the indexes: the program's id. */
type ProgramId = string;

/**
 * Turns the records of a folder into the inserts and updates that make the database match it,
 * matching stored rows by external id, and adds a problem for every reference that does not
 * resolve. Reads nothing from the database itself, because `existing` contains what is stored.
 */
export class ImportPlanner {
  private readonly programs = new Map<string, { id: ProgramId; name: string }>();
  private readonly programNames = new Map<ProgramId, string>();
  private readonly participants = new ScopedIndex<Person>();
  private readonly categories = new ScopedIndex<string>();
  private readonly attributes = new ScopedIndex<{ id: string; valueType: CustomAttributeValueType | null }>();
  private readonly mentorships = new ScopedIndex<PlannedMentorship>();
  private readonly surveys = new ScopedIndex<PlannedSurvey>();
  private readonly questions = new ScopedIndex<PlannedQuestion>();
  private readonly responses = new ScopedIndex<PlannedResponse>();
  private readonly staffByEmail: Map<string, string>;

  constructor(
    private readonly partnerId: string,
    private readonly existing: ExistingRows,
    private readonly problems: ImportProblems,
    private readonly now: Date,
    /** Files whose stored rows are deleted when the folder leaves them out; empty unless the import deletes missing rows. */
    private readonly deleteMissingIn: ReadonlySet<ImportFileName> = new Set(),
  ) {
    this.staffByEmail = new Map(existing.staffUsers.map((user) => [user.email.toLowerCase(), user.id]));
  }

  plan(records: ImportRecords): ImportPlan {
    return [
      this.planPrograms(records["programs.csv"]),
      this.planFlagCategories(records["flag_categories.csv"]),
      this.planCustomAttributes(records["custom_attributes.csv"]),
      this.planParticipants(records["participants.csv"]),
      this.planAttributeValues(records["participant_attributes.csv"]),
      this.planLifeExperiences(records["life_experiences.csv"]),
      this.planGoals(records["goals.csv"]),
      this.planMentorships(records["mentorships.csv"]),
      this.planSurveys(records["surveys.csv"]),
      this.planQuestions(records["survey_questions.csv"]),
      this.planResponses(records["survey_responses.csv"]),
      this.planAnswers(records["survey_answers.csv"]),
      this.planConversations(records["conversations.csv"]),
      this.planFlags(records["priority_flags.csv"]),
    ];
  }

  private problem(record: ImportRecord, column: string | null, expected: string): void {
    this.problems.add({ file: record.file, line: record.line, column, value: column ? (record.texts[column] ?? null) : null, expected });
  }

  /** Adds a problem for a key seen before in the same file and scope; returns whether the key is new. */
  private firstOccurrence(seen: Map<string, number>, scope: string, key: string, record: ImportRecord, column: string, what: string): boolean {
    const seenKey = `${scope}\u0000${key}`;
    const earlier = seen.get(seenKey);
    if (earlier !== undefined) {
      this.problem(record, column, `a unique ${what}; line ${earlier} has the same one`);
      return false;
    }
    seen.set(seenKey, record.line);

    return true;
  }

  /** Resolves the `program` cell; adds a problem and returns null when programs.csv does not list it. */
  private programOf(record: ImportRecord): ProgramId | null {
    const key = record.values.program as string | null;
    if (key === null) {
      return null;
    }

    const program = this.programs.get(key);
    if (!program) {
      this.problem(record, "program", "the external_id of a program listed in programs.csv");
      return null;
    }

    return program.id;
  }

  /** Resolves a participant reference in the row's program, telling apart a person of another program from an unknown one. */
  private person(record: ImportRecord, column: string, programId: ProgramId, role: ParticipantRole | null = null): Person | null {
    const key = record.values[column] as string | null;
    if (key === null) {
      return null;
    }

    const found = this.participants.get(programId, key);
    if (!found) {
      const elsewhere = this.participants.otherScopesOf(programId, key).map((id) => `"${this.programNames.get(id) ?? id}"`);
      this.problem(
        record,
        column,
        elsewhere.length > 0
          ? `a participant of program "${this.programNames.get(programId)}"; this one is in program ${elsewhere.join(", ")}`
          : `the external_id of a participant of program "${this.programNames.get(programId)}" (in participants.csv or already imported)`,
      );
      return null;
    }
    if (role && found.role && found.role !== role) {
      this.problem(record, column, `a participant whose role is ${role}; this one is a ${found.role}`);
      return null;
    }

    return found;
  }

  /** Resolves a reference cell; `what` names the referenced row, and `by` the column of that row the cell holds. */
  private lookup<T>(record: ImportRecord, column: string, index: ScopedIndex<T>, scope: string, what: string, by: "external_id" | "key" = "external_id"): T | null {
    const key = record.values[column] as string | null;
    if (key === null) {
      return null;
    }

    const found = index.get(scope, key);
    if (found === undefined) {
      this.problem(record, column, `the ${by} of ${what} (in the folder or already imported)`);
      return null;
    }

    return found;
  }

  private planPrograms(records: ImportRecord[]): TablePlan {
    const plan = emptyTablePlan("programs.csv", Program);
    const stored = new Map(this.existing.programs.map((program) => [storedKey(program), program]));
    const seen = new Map<string, number>();

    for (const record of records) {
      const key = record.values.external_id as string | null;
      if (key === null || !this.firstOccurrence(seen, "", key, record, "external_id", "external_id")) {
        continue;
      }

      const existing = stored.get(key);
      const id = existing?.id ?? newId("program");
      const name = (record.values.name as string | null) ?? key;
      this.programs.set(key, { id, name });
      this.programNames.set(id, name);
      if (record.valid) {
        const desired = { name: record.values.name, description: record.values.description };
        planRow(plan, existing, { id }, desired, () => ({ id, partnerId: this.partnerId, externalId: key, createdAt: this.now }));
      }
    }
    if (records.length > 0 && this.programs.size === 0) {
      this.problems.add({ file: "programs.csv", line: null, column: null, value: null, expected: "at least one program" });
    }

    this.indexStoredRows();

    return plan;
  }

  /** Indexes the stored rows of the folder's programs, so that a folder may refer to rows imported earlier. */
  private indexStoredRows(): void {
    // A row that the import is about to delete cannot be referred to, so only the folder's own rows are indexed for such files.
    const indexed = <E>(file: ImportFileName, rows: E[]): E[] => (this.deleteMissingIn.has(file) ? [] : rows);
    for (const participant of indexed("participants.csv", this.existing.participants)) {
      this.participants.set(participant.programId, storedKey(participant), { id: participant.id, role: participant.role });
    }
    for (const category of this.existing.flagCategories) {
      this.categories.set(category.programId, category.key, category.id);
    }
    for (const definition of this.existing.customAttributeDefinitions) {
      this.attributes.set(definition.programId, definition.key, { id: definition.id, valueType: definition.valueType });
    }
    for (const mentorship of indexed("mentorships.csv", this.existing.mentorships)) {
      this.mentorships.set(mentorship.programId, storedKey(mentorship), mentorship);
    }
    for (const survey of this.existing.surveys) {
      this.surveys.set(survey.programId, storedKey(survey), survey);
    }
    for (const question of this.existing.surveyQuestions) {
      this.questions.set(question.surveyId, storedKey(question), question);
    }
    for (const response of indexed("survey_responses.csv", this.existing.surveyResponses)) {
      this.responses.set(response.programId, storedKey(response), response);
    }
  }

  /**
   * Plans a table whose rows have an external id unique within their program. `build` returns
   * the row's columns, or null when a reference failed (it has then added the problem).
   */
  private planProgramRows<E extends { id: string; programId: string; externalId?: string | null }>(options: {
    file: ImportFileName;
    entity: new () => E;
    idKind: IdKind;
    records: ImportRecord[];
    stored: E[];
    timestamps: "created-and-updated" | "updated" | "none";
    register?: (programId: ProgramId, key: string, id: string, record: ImportRecord) => void;
    build: (record: ImportRecord, programId: ProgramId, id: string) => ObjectLiteral | null;
  }): TablePlan {
    const plan = emptyTablePlan(options.file, options.entity);
    const stored = new Map(options.stored.map((row) => [`${row.programId}\u0000${storedKey(row)}`, row]));
    const seen = new Map<string, number>();
    const pending: Array<{ record: ImportRecord; programId: ProgramId; key: string; id: string; existing: E | undefined }> = [];

    // Every key is registered before any row is built, so that rows of one file may refer to each other.
    for (const record of options.records) {
      const programId = this.programOf(record);
      const key = record.values.external_id as string | null;
      if (programId === null || key === null || !this.firstOccurrence(seen, programId, key, record, "external_id", "external_id in this program")) {
        continue;
      }

      const existing = stored.get(`${programId}\u0000${key}`);
      const id = existing?.id ?? newId(options.idKind);
      options.register?.(programId, key, id, record);
      pending.push({ record, programId, key, id, existing });
    }

    for (const { record, programId, key, id, existing } of pending) {
      const desired = options.build(record, programId, id);
      if (!desired || !record.valid) {
        continue;
      }

      const timestamps: ObjectLiteral =
        options.timestamps === "created-and-updated"
          ? { createdAt: this.now, updatedAt: this.now }
          : options.timestamps === "updated"
            ? { updatedAt: this.now }
            : {};
      const touch = options.timestamps === "none" ? {} : { updatedAt: this.now };
      planRow(plan, existing, { id }, desired, () => ({ id, partnerId: this.partnerId, programId, externalId: key, ...timestamps }), touch);
    }

    if (this.deleteMissingIn.has(options.file)) {
      for (const row of options.stored) {
        if (!seen.has(`${row.programId}\u0000${storedKey(row)}`)) {
          plan.deletes.push({ id: row.id, key: storedKey(row) });
        }
      }
    }

    return plan;
  }

  /** Plans a table keyed by (program, `keyColumn`) without an external id: flag categories and attribute definitions. */
  private planProgramKeyed<E extends { id: string; programId: string; key: string }>(
    file: ImportFileName,
    entity: new () => E,
    idKind: IdKind,
    records: ImportRecord[],
    stored: E[],
    build: (record: ImportRecord) => ObjectLiteral,
    register: (programId: ProgramId, key: string, id: string, record: ImportRecord) => void,
  ): TablePlan {
    const plan = emptyTablePlan(file, entity);
    const storedByKey = new Map(stored.map((row) => [`${row.programId}\u0000${row.key}`, row]));
    const seen = new Map<string, number>();

    for (const record of records) {
      const programId = this.programOf(record);
      const key = record.values.key as string | null;
      if (programId === null || key === null || !this.firstOccurrence(seen, programId, key, record, "key", "key in this program")) {
        continue;
      }

      const existing = storedByKey.get(`${programId}\u0000${key}`);
      const id = existing?.id ?? newId(idKind);
      register(programId, key, id, record);
      if (record.valid) {
        planRow(plan, existing, { id }, build(record), () => ({ id, partnerId: this.partnerId, programId, key }));
      }
    }

    return plan;
  }

  private planFlagCategories(records: ImportRecord[]): TablePlan {
    return this.planProgramKeyed(
      "flag_categories.csv",
      FlagCategory,
      "flagCategory",
      records,
      this.existing.flagCategories,
      (record) => ({ label: record.values.label }),
      (programId, key, id) => this.categories.set(programId, key, id),
    );
  }

  private planCustomAttributes(records: ImportRecord[]): TablePlan {
    return this.planProgramKeyed(
      "custom_attributes.csv",
      CustomAttributeDefinition,
      "customAttribute",
      records,
      this.existing.customAttributeDefinitions,
      (record) => ({
        label: record.values.label,
        valueType: record.values.value_type,
        source: record.values.source,
        comparable: record.values.comparable ?? false,
        identifying: record.values.identifying ?? false,
        position: record.values.position ?? 0,
      }),
      (programId, key, id, record) =>
        this.attributes.set(programId, key, { id, valueType: record.values.value_type as CustomAttributeValueType | null }),
    );
  }

  private planParticipants(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "participants.csv",
      entity: Participant,
      idKind: "participant",
      records,
      stored: this.existing.participants,
      timestamps: "created-and-updated",
      register: (programId, key, id, record) => this.participants.set(programId, key, { id, role: record.values.role as ParticipantRole | null }),
      build: (record) => ({
        role: record.values.role,
        firstName: record.values.first_name,
        lastName: record.values.last_name,
        preferredName: record.values.preferred_name,
        pronouns: record.values.pronouns,
        pictureUrl: record.values.picture_url,
        email: record.values.email,
        phone: record.values.phone,
        gender: record.values.gender,
        raceEthnicity: record.values.race_ethnicity,
        firstGeneration: record.values.first_generation,
        graduationYear: record.values.graduation_year,
        fieldOfStudyOrWork: record.values.field_of_study_or_work,
      }),
    });
  }

  /**
   * Plans a per-participant table with a composite key. `childKey` names the row within the
   * participant; `build` returns the columns besides the key, or null after adding a problem.
   */
  private planParticipantChildren<E extends ObjectLiteral & { participantId: string }>(options: {
    file: ImportFileName;
    entity: new () => E;
    records: ImportRecord[];
    stored: E[];
    storedChildKey: (row: E) => string;
    childKey: (record: ImportRecord, programId: ProgramId) => { key: string; columns: ObjectLiteral } | null;
    keyColumn: string;
    build: (record: ImportRecord, programId: ProgramId) => ObjectLiteral | null;
  }): TablePlan {
    const plan = emptyTablePlan(options.file, options.entity);
    const stored = new Map(options.stored.map((row) => [`${row.participantId}\u0000${options.storedChildKey(row)}`, row]));
    const seen = new Map<string, number>();

    for (const record of options.records) {
      const programId = this.programOf(record);
      const person = programId === null ? null : this.person(record, "participant", programId);
      const child = programId === null ? null : options.childKey(record, programId);
      const desired = programId === null ? null : options.build(record, programId);
      if (!person || !child || !desired || !this.firstOccurrence(seen, person.id, child.key, record, options.keyColumn, `${options.keyColumn} for this participant`)) {
        continue;
      }
      if (!record.valid) {
        continue;
      }

      const criteria = { participantId: person.id, ...child.columns };
      planRow(plan, stored.get(`${person.id}\u0000${child.key}`), criteria, desired, () => ({ partnerId: this.partnerId, ...criteria }));
    }

    return plan;
  }

  private planAttributeValues(records: ImportRecord[]): TablePlan {
    return this.planParticipantChildren({
      file: "participant_attributes.csv",
      entity: CustomAttributeValue,
      records,
      stored: this.existing.customAttributeValues,
      storedChildKey: (row) => row.definitionId,
      keyColumn: "key",
      childKey: (record, programId) => {
        const definition = this.lookup(record, "key", this.attributes, programId, "a custom attribute of this program", "key");
        return definition ? { key: definition.id, columns: { definitionId: definition.id } } : null;
      },
      build: (record, programId) => {
        const definition = this.attributes.get(programId, (record.values.key as string | null) ?? "");
        const value = record.values.value as string | null;
        if (definition?.valueType && value !== null) {
          const result = ATTRIBUTE_VALUE_PARSERS[definition.valueType](value);
          if (!result.ok) {
            this.problem(record, "value", `${result.expected}, because the attribute's value type is ${definition.valueType}`);
            return null;
          }
        }
        return { value };
      },
    });
  }

  private planLifeExperiences(records: ImportRecord[]): TablePlan {
    return this.planParticipantChildren({
      file: "life_experiences.csv",
      entity: ParticipantLifeExperience,
      records,
      stored: this.existing.lifeExperiences,
      storedChildKey: (row) => row.experience,
      keyColumn: "experience",
      childKey: (record) => {
        const experience = record.values.experience as string | null;
        return experience === null ? null : { key: experience, columns: { experience } };
      },
      build: () => ({}),
    });
  }

  private planGoals(records: ImportRecord[]): TablePlan {
    return this.planParticipantChildren({
      file: "goals.csv",
      entity: ParticipantGoal,
      records,
      stored: this.existing.goals,
      storedChildKey: (row) => String(row.position),
      keyColumn: "position",
      childKey: (record) => {
        const position = record.values.position as number | null;
        return position === null ? null : { key: String(position), columns: { position } };
      },
      build: (record) => ({ goal: record.values.goal }),
    });
  }

  private planMentorships(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "mentorships.csv",
      entity: Mentorship,
      idKind: "mentorship",
      records,
      stored: this.existing.mentorships,
      timestamps: "created-and-updated",
      register: (programId, key, id) => this.mentorships.set(programId, key, { id, mentorId: null, menteeId: null }),
      build: (record, programId, id) => {
        const mentor = this.person(record, "mentor", programId, ParticipantRole.MENTOR);
        const mentee = this.person(record, "mentee", programId, ParticipantRole.MENTEE);
        if (!mentor || !mentee) {
          return null;
        }

        this.mentorships.set(programId, record.values.external_id as string, { id, mentorId: mentor.id, menteeId: mentee.id });
        return {
          mentorId: mentor.id,
          menteeId: mentee.id,
          status: record.values.status,
          matchedOn: record.values.matched_on,
          unmatchedOn: record.values.unmatched_on,
          unmatchReason: record.values.unmatch_reason,
          unmatchNote: record.values.unmatch_note,
        };
      },
    });
  }

  private planSurveys(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "surveys.csv",
      entity: Survey,
      idKind: "survey",
      records,
      stored: this.existing.surveys,
      timestamps: "none",
      register: (programId, key, id, record) => this.surveys.set(programId, key, { id, type: record.values.type as SurveyType | null }),
      build: (record) => ({ type: record.values.type, title: record.values.title, wave: record.values.wave }),
    });
  }

  private planQuestions(records: ImportRecord[]): TablePlan {
    const plan = emptyTablePlan("survey_questions.csv", SurveyQuestion);
    const stored = new Map(this.existing.surveyQuestions.map((row) => [`${row.surveyId}\u0000${storedKey(row)}`, row]));
    const seen = new Map<string, number>();

    for (const record of records) {
      const programId = this.programOf(record);
      const survey = programId === null ? null : this.lookup(record, "survey", this.surveys, programId, "a survey of this program");
      const key = record.values.external_id as string | null;
      if (!survey || key === null || !this.firstOccurrence(seen, survey.id, key, record, "external_id", "external_id in this survey")) {
        continue;
      }

      const existing = stored.get(`${survey.id}\u0000${key}`);
      const id = existing?.id ?? newId("surveyQuestion");
      this.questions.set(survey.id, key, { id, kind: record.values.kind as QuestionKind | null });
      if (!record.valid) {
        continue;
      }

      const desired = {
        surveyId: survey.id,
        position: record.values.position,
        prompt: record.values.prompt,
        kind: record.values.kind,
        required: record.values.required ?? false,
        highlight: record.values.highlight ?? false,
        comparable: record.values.comparable ?? false,
        area: record.values.area,
        options: record.values.options ?? [],
      };
      planRow(plan, existing, { id }, desired, () => ({ id, partnerId: this.partnerId, externalId: key }));
    }

    return plan;
  }

  private planResponses(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "survey_responses.csv",
      entity: SurveyResponse,
      idKind: "surveyResponse",
      records,
      stored: this.existing.surveyResponses,
      timestamps: "none",
      build: (record, programId, id) => {
        const survey = this.lookup(record, "survey", this.surveys, programId, "a survey of this program");
        const respondent = this.person(record, "respondent", programId);
        const mentorship = this.lookup(record, "mentorship", this.mentorships, programId, "a mentorship of this program");
        if (!survey || !respondent || (record.values.mentorship !== null && !mentorship)) {
          return null;
        }
        if (mentorship?.mentorId && mentorship.mentorId !== respondent.id && mentorship.menteeId !== respondent.id) {
          this.problem(record, "respondent", "the mentor or the mentee of the response's mentorship");
          return null;
        }

        this.responses.set(programId, record.values.external_id as string, { id, surveyId: survey.id });
        return {
          surveyId: survey.id,
          surveyType: survey.type,
          mentorshipId: mentorship?.id ?? null,
          respondentId: respondent.id,
          respondentRole: respondent.role,
          submittedAt: record.values.submitted_at,
        };
      },
    });
  }

  private planAnswers(records: ImportRecord[]): TablePlan {
    const plan = emptyTablePlan("survey_answers.csv", SurveyAnswer);
    const stored = new Map(this.existing.surveyAnswers.map((row) => [`${row.responseId}\u0000${row.questionId}`, row]));
    const seen = new Map<string, number>();

    for (const record of records) {
      const programId = this.programOf(record);
      const response = programId === null ? null : this.lookup(record, "response", this.responses, programId, "a survey response of this program");
      const question = response ? this.lookup(record, "question", this.questions, response.surveyId, "a question of the response's survey") : null;
      if (!response || !question || !this.firstOccurrence(seen, response.id, question.id, record, "question", "question for this response")) {
        continue;
      }

      const values = question.kind ? answerValues(question.kind, record.values.value as string | null) : null;
      if (values && !values.ok) {
        this.problem(record, "value", `${values.expected}, because the question's kind is ${question.kind}`);
        continue;
      }
      if (!values || !record.valid) {
        continue;
      }

      const existing = stored.get(`${response.id}\u0000${question.id}`);
      // The response's id is redundant with the answer's, but lets the writer give the response a new updatedAt.
      const criteria = existing ? { id: existing.id, responseId: response.id } : {};
      planRow(plan, existing, criteria, values.value, () => ({
        id: newId("surveyAnswer"),
        partnerId: this.partnerId,
        responseId: response.id,
        questionId: question.id,
      }));
    }

    return plan;
  }

  private planConversations(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "conversations.csv",
      entity: Conversation,
      idKind: "conversation",
      records,
      stored: this.existing.conversations,
      timestamps: "none",
      build: (record, programId) => {
        const mentorship = this.lookup(record, "mentorship", this.mentorships, programId, "a mentorship of this program");
        const response = this.lookup(record, "survey_response", this.responses, programId, "a survey response of this program");
        if (!mentorship || (record.values.survey_response !== null && !response)) {
          return null;
        }

        return {
          mentorshipId: mentorship.id,
          occurredAt: record.values.occurred_at,
          medium: record.values.medium,
          durationMinutes: record.values.duration_minutes,
          topics: record.values.topics ?? [],
          loggedByRole: record.values.logged_by_role,
          source: record.values.source,
          surveyResponseId: response?.id ?? null,
        };
      },
    });
  }

  private planFlags(records: ImportRecord[]): TablePlan {
    return this.planProgramRows({
      file: "priority_flags.csv",
      entity: PriorityFlag,
      idKind: "priorityFlag",
      records,
      stored: this.existing.priorityFlags,
      timestamps: "updated",
      build: (record, programId) => {
        const subject = this.person(record, "subject", programId);
        const reporter = this.person(record, "reported_by", programId);
        const mentorship = this.lookup(record, "mentorship", this.mentorships, programId, "a mentorship of this program");
        const categoryId = this.lookup(record, "category", this.categories, programId, "a flag category of this program", "key");
        const email = record.values.assignee_email as string | null;
        const assigneeId = email === null ? null : this.staffByEmail.get(email);
        if (assigneeId === undefined) {
          this.problem(record, "assignee_email", "the email address of a staff user of the partner");
        }
        const unresolved =
          (record.values.mentorship !== null && !mentorship) || (record.values.reported_by !== null && !reporter) || assigneeId === undefined;
        if (!subject || !categoryId || unresolved) {
          return null;
        }

        return {
          mentorshipId: mentorship?.id ?? null,
          subjectId: subject.id,
          reportedById: reporter?.id ?? null,
          reportedByRole: record.values.reported_by_role,
          channel: record.values.channel,
          categoryId,
          urgent: record.values.urgent,
          status: record.values.status,
          description: record.values.description,
          reportedAt: record.values.reported_at,
          firstResponseAt: record.values.first_response_at,
          resolvedAt: record.values.resolved_at,
          assigneeId,
          resolutionReason: record.values.resolution_reason,
          resolutionNote: record.values.resolution_note,
        };
      },
    });
  }
}

const ATTRIBUTE_VALUE_PARSERS: Record<CustomAttributeValueType, CellParser<unknown>> = {
  [CustomAttributeValueType.TEXT]: (text) => ({ ok: true, value: text }),
  [CustomAttributeValueType.NUMBER]: numberCell,
  [CustomAttributeValueType.BOOLEAN]: (text) => (text === "true" || text === "false" ? booleanCell(text) : { ok: false, expected: "true or false" }),
  [CustomAttributeValueType.DATE]: dateCell,
};

const EMPTY_ANSWER = { textValue: null, numberValue: null, choiceValues: null, dateValue: null };

/** Reads an answer cell by its question's kind into the one value column that kind uses. */
function answerValues(kind: QuestionKind, text: string | null): { ok: true; value: ObjectLiteral } | { ok: false; expected: string } | null {
  if (text === null) {
    return null;
  }

  switch (kind) {
    case QuestionKind.SINGLE_CHOICE:
    case QuestionKind.MULTIPLE_CHOICE: {
      const result = listCell(500)(text);
      return result.ok ? { ok: true, value: { ...EMPTY_ANSWER, choiceValues: result.value } } : result;
    }
    case QuestionKind.LIKERT:
    case QuestionKind.RATING:
    case QuestionKind.NUMBER: {
      const result = numberCell(text);
      return result.ok ? { ok: true, value: { ...EMPTY_ANSWER, numberValue: result.value } } : result;
    }
    case QuestionKind.DATE: {
      const result = dateCell(text);
      return result.ok ? { ok: true, value: { ...EMPTY_ANSWER, dateValue: result.value } } : result;
    }
    case QuestionKind.OPEN_TEXT:
      return { ok: true, value: { ...EMPTY_ANSWER, textValue: text } };
  }
}
