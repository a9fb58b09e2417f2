import { useRef } from "react";

/** Keeps the last known total while a page loads, so the grid's pager does not jump back to zero. */
export function useStableRowCount(totalCount: number | undefined): number {
  const rowCountRef = useRef(totalCount ?? 0);
  if (totalCount !== undefined) {
    rowCountRef.current = totalCount;
  }

  return rowCountRef.current;
}
