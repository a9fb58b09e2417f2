import { registerEnumType } from "type-graphql";

/** The three kinds of survey a program sends. */
export enum SurveyType {
  MATCHING = "MATCHING",
  ASSESSMENT = "ASSESSMENT",
  POST_SESSION = "POST_SESSION",
}

/** Answer format of a survey question. */
export enum QuestionKind {
  SINGLE_CHOICE = "SINGLE_CHOICE",
  MULTIPLE_CHOICE = "MULTIPLE_CHOICE",
  LIKERT = "LIKERT",
  RATING = "RATING",
  NUMBER = "NUMBER",
  DATE = "DATE",
  OPEN_TEXT = "OPEN_TEXT",
}

/** Labels shown to staff and written to CSV files. */
export const SURVEY_TYPE_LABELS: Record<SurveyType, string> = {
  MATCHING: "Matching",
  ASSESSMENT: "Assessment",
  POST_SESSION: "Post-session",
};

registerEnumType(SurveyType, {
  name: "SurveyType",
  description: "The kind of survey.",
  valuesConfig: {
    MATCHING: { description: "Before the match: goals, characteristics and preferences such as how often to meet." },
    ASSESSMENT: { description: "Repeated waves (baseline, mid-program, end of program) of Likert items scored 1 to 5, grouped into areas." },
    POST_SESSION: { description: "After a conversation: when, how, topics, a rating and optional open-ended questions." },
  },
});

registerEnumType(QuestionKind, {
  name: "QuestionKind",
  description: "Answer format of a survey question, which also decides the answer field that contains the value.",
  valuesConfig: {
    SINGLE_CHOICE: { description: "One option, stored in the answer's `choices`." },
    MULTIPLE_CHOICE: { description: "Any number of options, stored in the answer's `choices`." },
    LIKERT: { description: "Agreement from 1 (strongly disagree) to 5 (strongly agree), stored in the answer's `number`." },
    RATING: { description: "A score from 1 to 5, stored in the answer's `number`." },
    NUMBER: { description: "A number, stored in the answer's `number`." },
    DATE: { description: "A calendar date, stored in the answer's `date`." },
    OPEN_TEXT: { description: "Free text, stored in the answer's `text`." },
  },
});
