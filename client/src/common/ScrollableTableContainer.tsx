import TableContainer from "@mui/material/TableContainer";
import { useEffect, useRef, type ReactNode } from "react";

/** CSS variable with the visible width of the nearest `ScrollableTableContainer`, in pixels. */
export const VISIBLE_TABLE_WIDTH_VARIABLE = "--visible-table-width";

interface ScrollableTableContainerProps {
  children: ReactNode;
}

/**
 * Renders a table container that scrolls sideways when the table is wider than the screen, and
 * publishes its visible width as a CSS variable. Content spanning the whole table, such as an
 * expanded row's details, uses it to stay within the visible part and wrap there.
 */
export function ScrollableTableContainer({ children }: ScrollableTableContainerProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === "undefined") {
      return;
    }

    const publishWidth = () => container.style.setProperty(VISIBLE_TABLE_WIDTH_VARIABLE, `${container.clientWidth}px`);
    publishWidth();
    const observer = new ResizeObserver(publishWidth);
    observer.observe(container);

    return () => observer.disconnect();
  }, []);

  return <TableContainer ref={containerRef}>{children}</TableContainer>;
}
