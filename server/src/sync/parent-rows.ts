import { type EntityManager, type EntityTarget, In, type ObjectLiteral } from "typeorm";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyResponse } from "../survey/survey-response.entity";

/** The row a child row belongs to, which incremental sync returns with the child nested in it. */
export interface ParentLink {
  /** Entity of the parent, which has an `updatedAt` column. */
  parent: EntityTarget<ObjectLiteral>;
  /** Property of the child that contains the parent's id. */
  column: string;
}

/**
 * Rows without an `updatedAt` of their own, which a syncing client reads through their parent.
 * Survey answers are read through their response. Goals, life experiences and custom attribute
 * values are read through their participant. A change to such a row must give its parent a new
 * `updatedAt`.
 */
const PARENT_LINKS = new Map<Function, ParentLink>([
  [SurveyAnswer, { parent: SurveyResponse, column: "responseId" }],
  [ParticipantGoal, { parent: Participant, column: "participantId" }],
  [ParticipantLifeExperience, { parent: Participant, column: "participantId" }],
  [CustomAttributeValue, { parent: Participant, column: "participantId" }],
]);

// Stays well under the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535).
const IDS_PER_STATEMENT = 500;

/** Returns how rows of an entity point at their parent, or undefined when they are synced on their own. */
export function parentLinkOf(target: EntityTarget<ObjectLiteral>): ParentLink | undefined {
  return typeof target === "function" ? PARENT_LINKS.get(target) : undefined;
}

/** Sets `updatedAt` of the parents with these ids; call it in the transaction that changes their children. */
export async function touchParents(manager: EntityManager, link: ParentLink, parentIds: Iterable<string>, updatedAt = new Date()): Promise<void> {
  const ids = [...new Set(parentIds)];
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    await manager
      .createQueryBuilder()
      .update(link.parent)
      .set({ updatedAt })
      .where({ id: In(ids.slice(start, start + IDS_PER_STATEMENT)) })
      .execute();
  }
}
