import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import TableCell from "@mui/material/TableCell";
import Typography from "@mui/material/Typography";

import { participantRoleLabels, surveyTypeLabels } from "../../../common/enum-labels";
import { ExpandableTableRow } from "../../../common/ExpandableTableRow";
import { formatInstant } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { SurveyResponseHighlights } from "./SurveyResponseHighlights";

export const SurveyResponseRow_surveyResponse = graphql(`
  fragment SurveyResponseRow_surveyResponse on SurveyResponse {
    id
    surveyType
    submittedAt
    respondentRole
    survey {
      id
      title
      wave
    }
    respondent {
      id
      displayName
    }
    ...SurveyResponseHighlights_surveyResponse
  }
`);

/** Columns of the survey highlights table, counting the expand button's column. */
export const SURVEY_TABLE_COLUMN_COUNT = 5;

interface SurveyResponseRowProps {
  surveyResponse: FragmentType<typeof SurveyResponseRow_surveyResponse>;
}

/** Shows a response's type, survey, respondent and submission time, and expands to its highlights. */
export function SurveyResponseRow({ surveyResponse: surveyResponseRef }: SurveyResponseRowProps) {
  const response = getFragmentData(SurveyResponseRow_surveyResponse, surveyResponseRef);

  return (
    <ExpandableTableRow
      columnCount={SURVEY_TABLE_COLUMN_COUNT}
      details={<SurveyResponseHighlights surveyResponse={response} />}
    >
      <TableCell>{surveyTypeLabels[response.surveyType]}</TableCell>
      <TableCell>
        <Typography variant="body2">{response.survey.title}</Typography>
        {response.survey.wave && (
          <Typography variant="caption" sx={{ color: "text.secondary" }}>
            Wave: {response.survey.wave}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Chip label={participantRoleLabels[response.respondentRole]} size="small" variant="outlined" />
          <span>{response.respondent.displayName}</span>
        </Stack>
      </TableCell>
      <TableCell>{formatInstant(response.submittedAt)}</TableCell>
    </ExpandableTableRow>
  );
}
