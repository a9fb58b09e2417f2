import Typography from "@mui/material/Typography";

import { CopyQuoteButton } from "../../../common/CopyQuoteButton";
import { DetailList } from "../../../common/DetailList";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const SurveyResponseHighlights_surveyResponse = graphql(`
  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {
    highlights {
      kind
      label
      value
      questionId
      anonymizedQuote {
        text
        attribution
      }
    }
  }
`);

interface SurveyResponseHighlightsProps {
  surveyResponse: FragmentType<typeof SurveyResponseHighlights_surveyResponse>;
}

/**
 * Lists the open-text answers, highlighted answers and area scores of one response. Each
 * open-text item offers its anonymized quote to copy.
 */
export function SurveyResponseHighlights({ surveyResponse: surveyResponseRef }: SurveyResponseHighlightsProps) {
  const { highlights } = getFragmentData(SurveyResponseHighlights_surveyResponse, surveyResponseRef);

  if (highlights.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        This response has no highlights.
      </Typography>
    );
  }

  return (
    <DetailList
      labelWidth="16rem"
      items={highlights.map((highlight, index) => ({
        id: `${highlight.kind}:${highlight.questionId ?? highlight.label}:${index}`,
        label: highlight.label,
        value: (
          <>
            <Typography component="span" variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
              {highlight.value}
            </Typography>
            {highlight.anonymizedQuote && (
              <div>
                <CopyQuoteButton quote={highlight.anonymizedQuote} />
              </div>
            )}
          </>
        ),
      }))}
    />
  );
}
