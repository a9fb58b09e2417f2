import DataLoader from "dataloader";
import { createByIdLoader, groupByKey } from "../common/loaders";
import type { TenantScope } from "../common/tenant-scope";
import { CustomAttributeDefinition } from "./custom-attribute-definition.entity";
import type { CustomAttributeSource, CustomAttributeValueType } from "./custom-attribute-enums";
import { CustomAttributeValue } from "./custom-attribute-value.entity";
import type { CustomAttribute } from "./custom-attribute.type";
import { LIFE_EXPERIENCE_LABELS, type LifeExperience } from "./life-experience.enum";
import { ParticipantGoal } from "./participant-goal.entity";
import { ParticipantLifeExperience } from "./participant-life-experience.entity";
import { Participant } from "./participant.entity";

const LIFE_EXPERIENCE_ORDER = Object.keys(LIFE_EXPERIENCE_LABELS);

/** Per-request loaders of participants and their profile lists, each one SQL statement per batch. */
export function createParticipantLoaders(scope: TenantScope) {
  return {
    byId: createByIdLoader(scope, Participant),
    lifeExperiences: new DataLoader<string, LifeExperience[]>((participantIds) => loadLifeExperiences(scope, participantIds)),
    goals: new DataLoader<string, string[]>(async (participantIds) =>
      (await loadParticipantGoals(scope, participantIds)).map((goals) => goals.map((row) => row.goal)),
    ),
    customAttributes: new DataLoader<string, CustomAttribute[]>((participantIds) => loadCustomAttributes(scope, participantIds)),
  };
}

async function loadLifeExperiences(scope: TenantScope, participantIds: readonly string[]): Promise<LifeExperience[][]> {
  const rows = await scope
    .select(ParticipantLifeExperience, "experience")
    .andWhere("experience.participantId IN (:...participantIds)", { participantIds: [...participantIds] })
    .getMany();
  const groups = groupByKey(participantIds, rows, (row) => row.participantId);

  // Listed in the enum's order, which is the order the dashboard shows them in.
  return groups.map((group) =>
    group.map((row) => row.experience).sort((a, b) => LIFE_EXPERIENCE_ORDER.indexOf(a) - LIFE_EXPERIENCE_ORDER.indexOf(b)),
  );
}

/** Loads each participant's goals in the order chosen, in one SQL statement; a mentee's are the pair's mentee goals. */
export async function loadParticipantGoals(scope: TenantScope, participantIds: readonly string[]): Promise<ParticipantGoal[][]> {
  const rows = await scope
    .select(ParticipantGoal, "goal")
    .andWhere("goal.participantId IN (:...participantIds)", { participantIds: [...participantIds] })
    .orderBy("goal.participantId")
    .addOrderBy("goal.position")
    .getMany();

  return groupByKey(participantIds, rows, (row) => row.participantId);
}

interface CustomAttributeRow {
  participantId: string;
  key: string;
  label: string;
  value: string;
  valueType: CustomAttributeValueType;
  source: CustomAttributeSource;
  identifying: boolean | number;
}

async function loadCustomAttributes(scope: TenantScope, participantIds: readonly string[]): Promise<CustomAttribute[][]> {
  const rows = await scope
    .select(CustomAttributeValue, "attribute")
    .innerJoin(CustomAttributeDefinition, "definition", "definition.id = attribute.definitionId")
    .select("attribute.participantId", "participantId")
    .addSelect("definition.key", "key")
    .addSelect("definition.label", "label")
    .addSelect("attribute.value", "value")
    .addSelect("definition.valueType", "valueType")
    .addSelect("definition.source", "source")
    .addSelect("definition.identifying", "identifying")
    .andWhere("attribute.participantId IN (:...participantIds)", { participantIds: [...participantIds] })
    .orderBy("definition.position")
    .addOrderBy("definition.key")
    .getRawMany<CustomAttributeRow>();

  return groupByKey(participantIds, rows, (row) => row.participantId).map((group) =>
        // SQLite returns booleans of raw rows as 0 or 1.
    group.map(({ key, label, value, valueType, source, identifying }) => ({ key, label, value, valueType, source, identifying: Boolean(identifying) })),
  );
}
