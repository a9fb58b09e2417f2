import { QuestionKind } from "./survey-enums";
import type { SurveyAnswer } from "./survey-answer.entity";
import type { SurveyQuestion } from "./survey-question.entity";

/** Highest score of LIKERT and RATING questions; scores run from 1 to this. */
export const MAX_SCORE = 5;

/** Writes a number without a trailing `.0`, and with at most two decimals. */
function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Returns an answer as one line of display text, read from the value field its question's kind uses. */
export function displayValueOf(answer: SurveyAnswer, question: SurveyQuestion): string {
  switch (question.kind) {
    case QuestionKind.OPEN_TEXT:
      return answer.textValue ?? "";
    case QuestionKind.LIKERT:
    case QuestionKind.RATING:
      return answer.numberValue == null ? "" : `${formatNumber(answer.numberValue)} / ${MAX_SCORE}`;
    case QuestionKind.NUMBER:
      return answer.numberValue == null ? "" : formatNumber(answer.numberValue);
    case QuestionKind.SINGLE_CHOICE:
    case QuestionKind.MULTIPLE_CHOICE:
      return (answer.choiceValues ?? []).join(", ");
    case QuestionKind.DATE:
      return answer.dateValue ?? "";
  }
}
