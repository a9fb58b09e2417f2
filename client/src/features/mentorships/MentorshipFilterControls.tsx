import SearchIcon from "@mui/icons-material/Search";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";

import { FilterPanel } from "../../common/filters/FilterPanel";
import { DateRangeFields } from "../../common/filters/DateRangeFields";
import { MultiSelectFilter } from "../../common/filters/MultiSelectFilter";
import { mentorshipStatusLabels } from "../../common/enum-labels";
import { useDebouncedInput } from "../../common/use-debounced-input";
import type { NavigationOptions } from "../../common/use-grid-url-state";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { MentorshipStatus } from "../../gql/graphql";
import {
  EMPTY_MENTORSHIP_FILTER,
  hasReversedDateRange,
  isMentorshipFilterActive,
  isValidNoConversationDays,
  MAX_NO_CONVERSATION_DAYS,
  MAX_SEARCH_LENGTH,
  type MentorshipListFilter,
} from "./mentorship-list-filter";

export const MentorshipFilterControls_query = graphql(`
  fragment MentorshipFilterControls_query on Query {
    programs(first: 100, sort: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const STATUS_OPTIONS = (Object.keys(mentorshipStatusLabels) as MentorshipStatus[]).map((status) => ({
  value: status,
  label: mentorshipStatusLabels[status],
}));

const ANY = "any";

interface MentorshipFilterControlsProps {
  /** The page query's result; absent while it loads, when the program list is empty. */
  query: FragmentType<typeof MentorshipFilterControls_query> | undefined;
  filter: MentorshipListFilter;
  onFilterChange: (filter: MentorshipListFilter, options?: NavigationOptions) => void;
}

/** Search, program, status, date matched, open flag and inactivity filters of the mentorships list. */
export function MentorshipFilterControls({ query: queryRef, filter, onFilterChange }: MentorshipFilterControlsProps) {
  const programs = getFragmentData(MentorshipFilterControls_query, queryRef)?.programs.edges.map((edge) => edge.node) ?? [];
  const [searchText, setSearchText] = useDebouncedInput(filter.search ?? "", (search) =>
    onFilterChange({ ...filter, search: search || undefined }, { replace: true }),
  );
  const [daysText, setDaysText] = useDebouncedInput(
    filter.noConversationForDays?.toString() ?? "",
    (days) => onFilterChange({ ...filter, noConversationForDays: days ? Number(days) : undefined }, { replace: true }),
    normalizeDays,
  );
  const daysInvalid = normalizeDays(daysText) === null;
  const openFlagsValue = filter.hasOpenPriorityFlags === undefined ? ANY : String(filter.hasOpenPriorityFlags);
  const active = isMentorshipFilterActive(filter);

  return (
    <FilterPanel
      label="Filter mentorships"
      activeCount={countActiveFilters(filter)}
      onClear={active ? () => onFilterChange(EMPTY_MENTORSHIP_FILTER) : undefined}
      alwaysVisible={
        <TextField
          label="Search by name"
          type="search"
          size="small"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          placeholder="Mentor or mentee"
          slotProps={{
            htmlInput: { maxLength: MAX_SEARCH_LENGTH },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{ minWidth: { sm: 240 } }}
        />
      }
    >
      <MultiSelectFilter
        label="Programs"
        options={programs.map((program) => ({ value: program.id, label: program.name }))}
        selected={filter.programIds}
        onChange={(programIds) => onFilterChange({ ...filter, programIds })}
      />
      <MultiSelectFilter
        label="Status"
        options={STATUS_OPTIONS}
        selected={filter.statuses}
        onChange={(statuses) => onFilterChange({ ...filter, statuses })}
        minWidth={160}
      />
      <DateRangeFields
        fromLabel="Matched from"
        toLabel="Matched to"
        from={filter.matchedFrom}
        to={filter.matchedTo}
        reversed={hasReversedDateRange(filter)}
        onChange={(matchedFrom, matchedTo) => onFilterChange({ ...filter, matchedFrom, matchedTo })}
      />
      <TextField
        select
        label="Open flags"
        size="small"
        value={openFlagsValue}
        onChange={(event) => {
          const value = event.target.value;
          onFilterChange({ ...filter, hasOpenPriorityFlags: value === ANY ? undefined : value === "true" });
        }}
        sx={{ minWidth: 190 }}
      >
        <MenuItem value={ANY}>Any</MenuItem>
        <MenuItem value="true">With open flags</MenuItem>
        <MenuItem value="false">Without open flags</MenuItem>
      </TextField>
      <TextField
        label="No conversation for (days)"
        size="small"
        value={daysText}
        onChange={(event) => setDaysText(event.target.value)}
        error={daysInvalid}
        helperText={daysInvalid ? `Enter a whole number from 1 to ${MAX_NO_CONVERSATION_DAYS}` : "Includes pairs with none"}
        slotProps={{ htmlInput: { inputMode: "numeric", pattern: "[0-9]*" } }}
        sx={{ minWidth: 210, maxWidth: { sm: 240 } }}
      />
    </FilterPanel>
  );
}

/** Accepts an empty field (no filter) or a whole number of days the API allows; null otherwise. */
function normalizeDays(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") {
    return "";
  }

  return /^\d+$/.test(trimmed) && isValidNoConversationDays(Number(trimmed)) ? String(Number(trimmed)) : null;
}

function countActiveFilters(filter: MentorshipListFilter): number {
  return [
    filter.programIds.length > 0,
    filter.statuses.length > 0,
    Boolean(filter.matchedFrom || filter.matchedTo),
    filter.hasOpenPriorityFlags !== undefined,
    filter.noConversationForDays !== undefined,
  ].filter(Boolean).length;
}
