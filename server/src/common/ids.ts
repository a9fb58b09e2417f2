import { randomBytes } from "node:crypto";

/**
 * Prefixes of typed ids. Every id is its prefix, an underscore and 32 lowercase hex digits,
 * so an id names its type, is opaque, and reveals nothing about how many rows exist.
 */
export const ID_PREFIXES = {
  partner: "ptr",
  program: "prg",
  staffUser: "usr",
  participant: "par",
  customAttribute: "cad",
  mentorship: "mtr",
  conversation: "cnv",
  survey: "srv",
  surveyQuestion: "qst",
  surveyResponse: "rsp",
  surveyAnswer: "ans",
  flagCategory: "fct",
  priorityFlag: "flg",
  apiToken: "tok",
  deletedRecord: "del",
  priorityFlagEvent: "fev",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ID_BODY = /^[0-9a-f]{32}$/;

/** Creates a random id of the given kind. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomBytes(16).toString("hex")}`;
}

/** Creates an id of the given kind from 32 hex digits chosen by the caller, such as a seeded generator. */
export function idFromHex(kind: IdKind, hex: string): string {
  if (!ID_BODY.test(hex)) {
    throw new Error(`Expected 32 lowercase hex digits for a ${kind} id, got "${hex}"`);
  }

  return `${ID_PREFIXES[kind]}_${hex}`;
}

/** Tells whether a value is a well-formed id of the given kind. */
export function isIdOfKind(kind: IdKind, value: string): boolean {
  const prefix = `${ID_PREFIXES[kind]}_`;

  return value.startsWith(prefix) && ID_BODY.test(value.slice(prefix.length));
}
