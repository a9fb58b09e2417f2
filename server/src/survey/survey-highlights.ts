import { isBlankText } from "../common/sql-dialect";
import { MAX_SCORE } from "./survey-answer-display";
import type { SurveyAnswerView } from "./survey-answer.type";
import { QuestionKind } from "./survey-enums";
import { HighlightKind, type SurveyHighlight } from "./survey-highlight.type";

/** Average of one assessment area's Likert answers within one response, as SQL computed it. */
export interface AreaScore {
  area: string;
  average: number;
}

/**
 * Returns a response's highlights: every non-blank open-text answer and every answer to a
 * highlight question, in question order, then the average score of each assessment area.
 */
export function highlightsOf(responseId: string, answers: SurveyAnswerView[], areaScores: AreaScore[]): SurveyHighlight[] {
  const highlights: SurveyHighlight[] = [];

  for (const answer of answers) {
    const { question } = answer;
    if (question.kind === QuestionKind.OPEN_TEXT) {
      if (!isBlankText(answer.text)) {
        highlights.push({ kind: HighlightKind.OPEN_TEXT, label: question.prompt, value: answer.text ?? "", questionId: question.id, responseId });
      }
    } else if (question.highlight && answer.displayValue !== "") {
      highlights.push({ kind: HighlightKind.ANSWER, label: question.prompt, value: answer.displayValue, questionId: question.id, responseId });
    }
  }

  for (const score of areaScores) {
    highlights.push({ kind: HighlightKind.AREA_SCORE, label: score.area, value: `${score.average.toFixed(1)} / ${MAX_SCORE}`, questionId: null, responseId });
  }

  return highlights;
}
