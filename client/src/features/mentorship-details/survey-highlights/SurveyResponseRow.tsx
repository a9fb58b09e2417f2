import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import TableCell from "@mui/material/TableCell";
import Typography from "@mui/material/Typography";

import { participantRoleLabels, surveyTypeLabels } from "../../../common/enum-labels";
import { ExpandableTableRow } from "../../../common/ExpandableTableRow";
import { formatInstant, formatInstantDate } from "../../../common/format-date";
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

/**
 * Columns of the survey highlights table, counting the expand button's column. Narrow screens
 * leave out the survey title, which the expanded row shows instead.
 */
export function surveyTableColumnCount(narrow: boolean): number {
  return narrow ? 4 : 5;
}

interface SurveyResponseRowProps {
  surveyResponse: FragmentType<typeof SurveyResponseRow_surveyResponse>;
  /** True on small screens, where the row shows the respondent's role without the name and no survey title. */
  narrow?: boolean;
}

/** Shows a response's type, survey, respondent and submission time, and expands to its highlights. */
export function SurveyResponseRow({ surveyResponse: surveyResponseRef, narrow = false }: SurveyResponseRowProps) {
  const response = getFragmentData(SurveyResponseRow_surveyResponse, surveyResponseRef);
  const highlights = <SurveyResponseHighlights surveyResponse={response} />;
  const respondent = participantRoleLabels[response.respondentRole].toLowerCase();
  const rowLabel = `${response.survey.title} from the ${respondent}, ${formatInstantDate(response.submittedAt)}`;

  return (
    <ExpandableTableRow
      columnCount={surveyTableColumnCount(narrow)}
      rowLabel={rowLabel}
      details={
        narrow ? (
          <>
            <Typography variant="body2" sx={{ mb: 1.5, color: "text.secondary" }}>
              {response.survey.title}
              {response.survey.wave && `, wave: ${response.survey.wave}`} · {response.respondent.displayName}
            </Typography>
            {highlights}
          </>
        ) : (
          highlights
        )
      }
    >
      <TableCell>{surveyTypeLabels[response.surveyType]}</TableCell>
      {!narrow && (
        <TableCell>
          <Typography variant="body2">{response.survey.title}</Typography>
          {response.survey.wave && (
            <Typography variant="caption" sx={{ color: "text.secondary" }}>
              Wave: {response.survey.wave}
            </Typography>
          )}
        </TableCell>
      )}
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Chip label={participantRoleLabels[response.respondentRole]} size="small" variant="outlined" />
          {!narrow && <span>{response.respondent.displayName}</span>}
        </Stack>
      </TableCell>
      <TableCell>{formatInstant(response.submittedAt)}</TableCell>
    </ExpandableTableRow>
  );
}
