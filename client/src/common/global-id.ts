/** Prefixes of the API's global ids that the dashboard reads from an address. */
export type GlobalIdPrefix = "prg" | "fct";

const GLOBAL_ID_BODY = /^[0-9a-f]{32}$/;

/** Tells whether `value` has the form of an API id with `prefix`: the prefix, `_` and 32 lowercase hex digits. */
export function isGlobalId(prefix: GlobalIdPrefix, value: string): boolean {
  return value.startsWith(`${prefix}_`) && GLOBAL_ID_BODY.test(value.slice(prefix.length + 1));
}
