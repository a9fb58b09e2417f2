import FilterListIcon from "@mui/icons-material/FilterList";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import OutlinedInput from "@mui/material/OutlinedInput";
import Select, { type SelectChangeEvent } from "@mui/material/Select";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useId } from "react";

import { participantRoleLabels, surveyTypeLabels } from "../../../common/enum-labels";
import type { ParticipantRole, SurveyResponseFilter, SurveyType } from "../../../gql/graphql";
import { isSurveyFilterActive } from "./survey-filter";

const SURVEY_TYPES = Object.keys(surveyTypeLabels) as SurveyType[];
const ALL_ROLES = "ALL";

interface SurveyFilterControlsProps {
  filter: SurveyResponseFilter;
  onFilterChange: (filter: SurveyResponseFilter) => void;
  /** Whether to offer the respondent role filter; true unless the responses are all one person's. */
  roleFilter?: boolean;
}

/**
 * Survey type and respondent role filters. An empty selection leaves the key out of the
 * filter, which the API reads as "every value".
 */
export function SurveyFilterControls({ filter, onFilterChange, roleFilter = true }: SurveyFilterControlsProps) {
  const typesLabelId = useId();
  const roleLabelId = useId();
  const selectedTypes = filter.surveyTypes ?? [];
  const selectedRole: ParticipantRole | typeof ALL_ROLES = filter.respondentRoles?.[0] ?? ALL_ROLES;
  const isFiltered = isSurveyFilterActive(filter);

  function handleTypesChange(event: SelectChangeEvent<SurveyType[]>) {
    const value = event.target.value;
    const surveyTypes = (typeof value === "string" ? value.split(",") : value) as SurveyType[];

    onFilterChange(withValues(filter, "surveyTypes", surveyTypes));
  }

  function handleRoleChange(event: SelectChangeEvent) {
    const role = event.target.value as ParticipantRole | typeof ALL_ROLES;

    onFilterChange(withValues(filter, "respondentRoles", role === ALL_ROLES ? [] : [role]));
  }

  return (
    <Stack role="group" aria-label="Filter surveys" direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <FilterListIcon fontSize="small" aria-hidden />
        <Typography variant="subtitle2" component="p">
          Filter surveys
        </Typography>
      </Stack>
      <FormControl size="small" sx={{ minWidth: 220 }}>
        {/* The label stays raised because the empty selection shows "All". */}
        <InputLabel id={typesLabelId} shrink>
          Survey types
        </InputLabel>
        <Select<SurveyType[]>
          labelId={typesLabelId}
          input={<OutlinedInput label="Survey types" notched />}
          multiple
          value={selectedTypes}
          onChange={handleTypesChange}
          renderValue={(types) => (types.length === 0 ? "All" : types.map((type) => surveyTypeLabels[type]).join(", "))}
          displayEmpty
        >
          {SURVEY_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              <Checkbox checked={selectedTypes.includes(type)} size="small" />
              <ListItemText primary={surveyTypeLabels[type]} />
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {roleFilter && (
        <FormControl size="small" sx={{ minWidth: 180 }}>
          <InputLabel id={roleLabelId}>Respondent</InputLabel>
          <Select labelId={roleLabelId} label="Respondent" value={selectedRole} onChange={handleRoleChange}>
            <MenuItem value={ALL_ROLES}>Mentor and mentee</MenuItem>
            <MenuItem value="MENTOR">{participantRoleLabels.MENTOR}</MenuItem>
            <MenuItem value="MENTEE">{participantRoleLabels.MENTEE}</MenuItem>
          </Select>
        </FormControl>
      )}
      {isFiltered && (
        <Button
          size="small"
          onClick={() => onFilterChange(withValues(withValues(filter, "surveyTypes", []), "respondentRoles", []))}
        >
          Clear filters
        </Button>
      )}
    </Stack>
  );
}

/** Copies `filter` with `key` set to `values`, or without `key` when `values` is empty. */
function withValues(
  filter: SurveyResponseFilter,
  key: "surveyTypes" | "respondentRoles",
  values: SurveyType[] | ParticipantRole[],
): SurveyResponseFilter {
  const next = { ...filter };
  delete next[key];

  return values.length === 0 ? next : { ...next, [key]: values };
}
