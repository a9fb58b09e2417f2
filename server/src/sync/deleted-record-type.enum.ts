import { registerEnumType } from "type-graphql";

/** Kinds of record whose deletion `deletedRecords` reports; each is the GraphQL type of the deleted record. */
export enum DeletedRecordType {
  PROGRAM = "PROGRAM",
  PARTICIPANT = "PARTICIPANT",
  MENTORSHIP = "MENTORSHIP",
  CONVERSATION = "CONVERSATION",
  SURVEY = "SURVEY",
  SURVEY_QUESTION = "SURVEY_QUESTION",
  SURVEY_RESPONSE = "SURVEY_RESPONSE",
  SURVEY_ANSWER = "SURVEY_ANSWER",
  FLAG_CATEGORY = "FLAG_CATEGORY",
  PRIORITY_FLAG = "PRIORITY_FLAG",
  STAFF_USER = "STAFF_USER",
}

registerEnumType(DeletedRecordType, {
  name: "DeletedRecordType",
  description: "Kind of record a tombstone in `deletedRecords` stands for.",
  valuesConfig: {
    PROGRAM: { description: "A `Program` (`prg_` id)." },
    PARTICIPANT: { description: "A `Participant` (`par_` id)." },
    MENTORSHIP: { description: "A `Mentorship` (`mtr_` id)." },
    CONVERSATION: { description: "A `Conversation` (`cnv_` id)." },
    SURVEY: { description: "A `Survey` (`srv_` id)." },
    SURVEY_QUESTION: { description: "A `SurveyQuestion` (`qst_` id)." },
    SURVEY_RESPONSE: { description: "A `SurveyResponse` (`rsp_` id)." },
    SURVEY_ANSWER: { description: "A `SurveyAnswer` (`ans_` id)." },
    FLAG_CATEGORY: { description: "A `FlagCategory` (`fct_` id)." },
    PRIORITY_FLAG: { description: "A `PriorityFlag` (`flg_` id)." },
    STAFF_USER: { description: "A `StaffUser` (`usr_` id)." },
  },
});
