/**
 * Returns the current instant once the clock has moved past the millisecond in which it was
 * called. Rows written before the call then have an `updatedAt` strictly before the result, so
 * an `updatedSince` read from it lists only rows written afterwards, even on a fast machine
 * where a write and the next line share a millisecond.
 */
export function instantAfterEarlierWrites(): Date {
  const calledAt = Date.now();
  while (Date.now() <= calledAt) {
    // Waits at most one millisecond.
  }

  return new Date();
}
