/** Reads `yesValue` as true and `noValue` as false; any other value, or none, as undefined. */
export function readYesNo(value: string | null, yesValue: string, noValue: string): boolean | undefined {
  if (value === yesValue) {
    return true;
  }

  return value === noValue ? false : undefined;
}
