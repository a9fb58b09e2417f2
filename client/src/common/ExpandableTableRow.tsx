import KeyboardArrowDownIcon from "@mui/icons-material/KeyboardArrowDown";
import KeyboardArrowUpIcon from "@mui/icons-material/KeyboardArrowUp";
import Box from "@mui/material/Box";
import Collapse from "@mui/material/Collapse";
import IconButton from "@mui/material/IconButton";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import { useId, useState, type ReactNode } from "react";

import { VISIBLE_TABLE_WIDTH_VARIABLE } from "./ScrollableTableContainer";

interface ExpandableTableRowProps {
  /** The summary cells, after the expand button's cell. */
  children: ReactNode;
  /** Content shown below the row while it is expanded, and rendered only then. */
  details: ReactNode;
  /** Number of columns of the table, including the expand button's column. */
  columnCount: number;
  /**
   * Name of the row, which follows "Expand" or "Collapse" in the button's accessible name so
   * that a screen reader can tell the rows apart.
   */
  rowLabel: string;
}

/** Renders a table row whose first cell has a button that shows or hides a details row below it. */
export function ExpandableTableRow({ children, details, columnCount, rowLabel }: ExpandableTableRowProps) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();

  return (
    <>
      <TableRow sx={{ "& > td": { borderBottom: expanded ? "unset" : undefined } }}>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={`${expanded ? "Collapse" : "Expand"} ${rowLabel}`}
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        {children}
      </TableRow>
      <TableRow>
        <TableCell colSpan={columnCount} sx={{ p: 0, borderBottom: expanded ? undefined : "none" }}>
          {/* The details stay within the visible width of a table that scrolls sideways, so long text wraps on screen. */}
          <Box sx={{ position: "sticky", left: 0, boxSizing: "border-box", width: `var(${VISIBLE_TABLE_WIDTH_VARIABLE}, 100%)` }}>
            <Collapse in={expanded} timeout="auto" unmountOnExit>
              <Box id={detailsId} sx={{ py: 2, pl: { xs: 2, sm: 9 }, pr: 2 }}>
                {details}
              </Box>
            </Collapse>
          </Box>
        </TableCell>
      </TableRow>
    </>
  );
}
