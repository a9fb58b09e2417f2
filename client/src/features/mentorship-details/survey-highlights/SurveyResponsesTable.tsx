import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import Typography from "@mui/material/Typography";
import { useId } from "react";

import { compactTableCells } from "../../../common/compact-table-cells";
import { ScrollableTableContainer } from "../../../common/ScrollableTableContainer";
import { useNarrowScreen } from "../../../common/use-narrow-screen";
import { visuallyHidden } from "../../../common/visually-hidden";
import type { FragmentType } from "../../../gql";
import type { SurveyResponseFilter, SurveyResponseSort } from "../../../gql/graphql";
import { SurveyFilterControls } from "./SurveyFilterControls";
import { isSurveyFilterActive } from "./survey-filter";
import { SurveyResponseRow, surveyTableColumnCount, type SurveyResponseRow_surveyResponse } from "./SurveyResponseRow";

/** Most responses a survey table requests; the fragments that feed the table must ask for this many with `first`. */
export const SURVEY_RESPONSE_LIMIT = 100;

interface SurveyResponsesTableProps {
  /** Heading of the section, such as "Survey response highlights". */
  title: string;
  surveyResponses: ReadonlyArray<{ id: string } & FragmentType<typeof SurveyResponseRow_surveyResponse>>;
  filter: SurveyResponseFilter;
  sort: SurveyResponseSort;
  onFilterChange: (filter: SurveyResponseFilter) => void;
  onSortChange: (sort: SurveyResponseSort) => void;
  /** True while rows for a new filter or sort load; the current rows stay visible meanwhile. */
  loading?: boolean;
  /** Whether to offer the respondent role filter, which a single person's responses do not need. */
  roleFilter?: boolean;
}

/** Survey responses with their highlights, filterable by type and sorted by submission time. */
export function SurveyResponsesTable(props: SurveyResponsesTableProps) {
  const { title, surveyResponses, filter, sort, onFilterChange, onSortChange, loading = false, roleFilter = true } = props;
  const titleId = useId();
  const direction = sort.direction === "ASC" ? "asc" : "desc";
  const narrow = useNarrowScreen();

  function toggleSortDirection() {
    onSortChange({ ...sort, field: "SUBMITTED_AT", direction: sort.direction === "ASC" ? "DESC" : "ASC" });
  }

  return (
    <Paper component="section" aria-labelledby={titleId} variant="outlined" sx={{ p: { xs: 1.5, sm: 3 } }}>
      <Typography id={titleId} variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <SurveyFilterControls filter={filter} onFilterChange={onFilterChange} roleFilter={roleFilter} />
      <LinearProgress aria-label="Loading survey responses" sx={{ mt: 2, visibility: loading ? "visible" : "hidden" }} />
      <ScrollableTableContainer>
        <Table size="small" aria-labelledby={titleId} aria-busy={loading} sx={narrow ? compactTableCells : undefined}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Box component="span" sx={visuallyHidden}>
                  Details
                </Box>
              </TableCell>
              <TableCell>Survey type</TableCell>
              {!narrow && <TableCell>Survey</TableCell>}
              <TableCell>{narrow ? "Role" : "Respondent"}</TableCell>
              <TableCell sortDirection={direction}>
                <TableSortLabel active direction={direction} onClick={toggleSortDirection}>
                  Submitted
                </TableSortLabel>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {surveyResponses.length === 0 ? (
              <TableRow>
                <TableCell colSpan={surveyTableColumnCount(narrow)} sx={{ py: 4, textAlign: "center", color: "text.secondary" }}>
                  {isSurveyFilterActive(filter) ? "No survey responses match these filters" : "No survey responses yet"}
                </TableCell>
              </TableRow>
            ) : (
              surveyResponses.map((response) => <SurveyResponseRow key={response.id} surveyResponse={response} narrow={narrow} />)
            )}
          </TableBody>
        </Table>
      </ScrollableTableContainer>
      {surveyResponses.length >= SURVEY_RESPONSE_LIMIT && (
        <Typography variant="body2" sx={{ mt: 1, color: "text.secondary" }}>
          Showing the first {SURVEY_RESPONSE_LIMIT} responses in this order. Narrow the filters or reverse the order to see others.
        </Typography>
      )}
    </Paper>
  );
}
