import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";

import { flagStatusLabels } from "../../common/enum-labels";
import { DateRangeFields } from "../../common/filters/DateRangeFields";
import { FilterPanel } from "../../common/filters/FilterPanel";
import { MultiSelectFilter, type FilterOption } from "../../common/filters/MultiSelectFilter";
import type { NavigationOptions } from "../../common/use-grid-url-state";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { FlagStatus } from "../../gql/graphql";
import { EMPTY_FLAG_FILTER, hasReversedReportedRange, isFlagFilterActive, type FlagListFilter } from "./flag-list-filter";

export const FlagFilterControls_query = graphql(`
  fragment FlagFilterControls_query on Query {
    programs(first: 100, sort: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
    flagCategories {
      id
      label
      program {
        name
      }
    }
  }
`);

const STATUS_OPTIONS = (Object.keys(flagStatusLabels) as FlagStatus[]).map((status) => ({ value: status, label: flagStatusLabels[status] }));
const ANY = "any";

interface FlagFilterControlsProps {
  /** The page query's result; absent while it loads, when the program list is empty. */
  query: FragmentType<typeof FlagFilterControls_query> | undefined;
  filter: FlagListFilter;
  onFilterChange: (filter: FlagListFilter, options?: NavigationOptions) => void;
}

/** Status, category, urgency, program and reported date filters of the flags list. */
export function FlagFilterControls({ query: queryRef, filter, onFilterChange }: FlagFilterControlsProps) {
  const query = getFragmentData(FlagFilterControls_query, queryRef);
  const programs = query?.programs.edges.map((edge) => edge.node) ?? [];
  const categories = categoryOptions(query?.flagCategories ?? []);
  const urgencyValue = filter.urgent === undefined ? ANY : String(filter.urgent);

  return (
    <FilterPanel
      label="Filter priority flags"
      activeCount={countActiveFilters(filter)}
      onClear={isFlagFilterActive(filter) ? () => onFilterChange(EMPTY_FLAG_FILTER) : undefined}
    >
      <MultiSelectFilter
        label="Status"
        options={STATUS_OPTIONS}
        selected={filter.statuses}
        onChange={(statuses) => onFilterChange({ ...filter, statuses })}
        minWidth={170}
      />
      <MultiSelectFilter
        label="Category"
        options={categories}
        selected={filter.categoryIds}
        onChange={(categoryIds) => onFilterChange({ ...filter, categoryIds })}
      />
      <TextField
        select
        label="Urgency"
        size="small"
        value={urgencyValue}
        onChange={(event) => {
          const value = event.target.value;
          onFilterChange({ ...filter, urgent: value === ANY ? undefined : value === "true" });
        }}
        sx={{ minWidth: 150 }}
      >
        <MenuItem value={ANY}>Any</MenuItem>
        <MenuItem value="true">Urgent</MenuItem>
        <MenuItem value="false">Not urgent</MenuItem>
      </TextField>
      <MultiSelectFilter
        label="Programs"
        options={programs.map((program) => ({ value: program.id, label: program.name }))}
        selected={filter.programIds}
        onChange={(programIds) => onFilterChange({ ...filter, programIds })}
      />
      <DateRangeFields
        fromLabel="Reported from"
        toLabel="Reported to"
        from={filter.reportedFrom}
        to={filter.reportedTo}
        reversed={hasReversedReportedRange(filter)}
        onChange={(reportedFrom, reportedTo) => onFilterChange({ ...filter, reportedFrom, reportedTo })}
      />
    </FilterPanel>
  );
}

/**
 * Turns the partner's categories into filter choices. Programs configure their own lists, so a
 * label that more than one program uses names its program too.
 */
function categoryOptions(categories: ReadonlyArray<{ id: string; label: string; program: { name: string } }>): Array<FilterOption<string>> {
  const programsPerLabel = new Map<string, number>();
  categories.forEach((category) => programsPerLabel.set(category.label, (programsPerLabel.get(category.label) ?? 0) + 1));

  return categories
    .map((category) => ({
      value: category.id,
      label: (programsPerLabel.get(category.label) ?? 0) > 1 ? `${category.label} (${category.program.name})` : category.label,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function countActiveFilters(filter: FlagListFilter): number {
  return [
    filter.statuses.length > 0,
    filter.categoryIds.length > 0,
    filter.urgent !== undefined,
    filter.programIds.length > 0,
    Boolean(filter.reportedFrom || filter.reportedTo),
  ].filter(Boolean).length;
}
