import { ID_PREFIXES, type IdKind } from "../common/ids";

/** GraphQL type of the object each id prefix names; `cad_` ids name no object with an id field, so they have none. */
export const NODE_TYPE_BY_KIND: Partial<Record<IdKind, string>> = {
  partner: "Partner",
  program: "Program",
  staffUser: "StaffUser",
  participant: "Participant",
  mentorship: "Mentorship",
  conversation: "Conversation",
  survey: "Survey",
  surveyQuestion: "SurveyQuestion",
  surveyResponse: "SurveyResponse",
  surveyAnswer: "SurveyAnswer",
  flagCategory: "FlagCategory",
  priorityFlag: "PriorityFlag",
  deletedRecord: "DeletedRecord",
};

const KIND_BY_PREFIX = new Map<string, IdKind>(Object.entries(ID_PREFIXES).map(([kind, prefix]) => [prefix, kind as IdKind]));
const NODE_ID = /^([a-z]{3})_[0-9a-f]{32}$/;

/** Returns the kind of object a global id names, or null when the value is not the id of any object type. */
export function nodeKindOf(id: string): IdKind | null {
  const prefix = NODE_ID.exec(id)?.[1];
  const kind = prefix === undefined ? undefined : KIND_BY_PREFIX.get(prefix);

  return kind !== undefined && NODE_TYPE_BY_KIND[kind] !== undefined ? kind : null;
}
