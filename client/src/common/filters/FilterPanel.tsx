import FilterListIcon from "@mui/icons-material/FilterList";
import Badge from "@mui/material/Badge";
import Button from "@mui/material/Button";
import Collapse from "@mui/material/Collapse";
import Stack from "@mui/material/Stack";
import { useId, useState, type ReactNode } from "react";

import { useNarrowScreen } from "../use-narrow-screen";

interface FilterPanelProps {
  /** Accessible name of the group of controls, such as "Filter mentorships". */
  label: string;
  /** Controls shown on every screen, such as a name search. */
  alwaysVisible?: ReactNode;
  /** The other controls; a narrow screen shows them after a click on "Filters". */
  children: ReactNode;
  /** Number of filters in effect among `children`, shown on the narrow screen's toggle. */
  activeCount: number;
  /** Clears every filter; no "Clear filters" button is shown without it. */
  onClear?: () => void;
}

/**
 * Lays out a list's filter controls in a wrapping row. On a narrow screen the controls after the
 * always-visible ones fold behind a "Filters" button, so the rows stay in view on a phone.
 */
export function FilterPanel({ label, alwaysVisible, children, activeCount, onClear }: FilterPanelProps) {
  const narrow = useNarrowScreen();
  const [expanded, setExpanded] = useState(false);
  const controlsId = useId();
  const clearButton = onClear && (
    <Button size="small" onClick={onClear} sx={{ alignSelf: { xs: "flex-start", sm: "center" } }}>
      Clear filters
    </Button>
  );
  if (!narrow) {
    return (
      <Stack role="group" aria-label={label} direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 2, alignItems: "flex-start", mb: 2 }}>
        {alwaysVisible}
        {children}
        {clearButton}
      </Stack>
    );
  }

  return (
    <Stack role="group" aria-label={label} spacing={1.5} sx={{ mb: 2 }}>
      {alwaysVisible}
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={
            <Badge badgeContent={activeCount} color="primary">
              <FilterListIcon />
            </Badge>
          }
          aria-expanded={expanded}
          aria-controls={controlsId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? "Hide filters" : "Filters"}
        </Button>
        {clearButton}
      </Stack>
      <Collapse in={expanded} unmountOnExit>
        <Stack id={controlsId} spacing={2} sx={{ pt: 1 }}>
          {children}
        </Stack>
      </Collapse>
    </Stack>
  );
}
