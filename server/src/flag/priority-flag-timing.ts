/** Whole seconds from `from` to `to`, or null while `to` is not reached. */
export function elapsedSeconds(from: Date, to: Date | null): number | null {
  if (to === null) {
    return null;
  }

  return Math.floor((to.getTime() - from.getTime()) / 1000);
}
