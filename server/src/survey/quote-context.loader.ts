import type DataLoader from "dataloader";
import type { TenantScope } from "../common/tenant-scope";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import type { ParticipantRole } from "../participant/participant-role.enum";
import type { Participant } from "../participant/participant.entity";
import type { Program } from "../partner/program.entity";
import type { QuoteSubjects } from "./quote-anonymizer";
import type { SurveyResponse } from "./survey-response.entity";

/** What anonymizing the answers of one response needs: who might be named, and how to attribute the quote. */
export interface QuoteContext {
  subjects: QuoteSubjects;
  respondentRole: ParticipantRole;
  programName: string;
}

/** Loaders that the quote context reads through, so rows already loaded by the request are not read again. */
export interface QuoteContextSources {
  responseById: DataLoader<string, SurveyResponse | null>;
  participantById: DataLoader<string, Participant | null>;
  programById: DataLoader<string, Program | null>;
}

/**
 * Loads the quote context of each response in a fixed number of SQL statements. The people are
 * the mentor and mentee of the response's mentorship. For a response about no mentorship, such
 * as a matching survey, they are the respondent and everyone ever paired with them. Returns null
 * for a response that is missing or belongs to another partner.
 */
export async function loadQuoteContexts(scope: TenantScope, sources: QuoteContextSources, responseIds: readonly string[]): Promise<Array<QuoteContext | null>> {
  const responses = await sources.responseById.loadMany(responseIds);
  const found = responses.filter((response): response is SurveyResponse => response !== null && !(response instanceof Error));

  const pairs = await loadPairs(scope, found);
  const peopleIdsByResponse = new Map(found.map((response) => [response.id, peopleIdsOf(response, pairs)]));
  const allPeopleIds = [...new Set([...peopleIdsByResponse.values()].flat())];
  const [people, identifyingValues, programs] = await Promise.all([
    sources.participantById.loadMany(allPeopleIds),
    loadIdentifyingValues(scope, allPeopleIds),
    sources.programById.loadMany([...new Set(found.map((response) => response.programId))]),
  ]);
  const personById = new Map(people.filter(isRow).map((person) => [person.id, person]));
  const programNameById = new Map(programs.filter(isRow).map((program) => [program.id, program.name]));

  return responseIds.map((id) => {
    const response = found.find((candidate) => candidate.id === id);
    if (!response) {
      return null;
    }

    const peopleIds = peopleIdsByResponse.get(id) ?? [];
    return {
      subjects: {
        people: peopleIds.map((personId) => personById.get(personId)).filter((person): person is Participant => person !== undefined),
        identifyingValues: peopleIds.flatMap((personId) => identifyingValues.get(personId) ?? []),
      },
      respondentRole: response.respondentRole,
      programName: programNameById.get(response.programId) ?? "",
    };
  });
}

function isRow<T>(row: T | null | Error): row is T {
  return row !== null && !(row instanceof Error);
}

/** Reads the mentorships of the responses, and every mentorship of respondents whose response is about none, in one statement. */
function loadPairs(scope: TenantScope, responses: SurveyResponse[]): Promise<Mentorship[]> {
  const mentorshipIds = responses.flatMap((response) => (response.mentorshipId ? [response.mentorshipId] : []));
  const unpairedRespondentIds = responses.flatMap((response) => (response.mentorshipId ? [] : [response.respondentId]));

  return scope
    .select(Mentorship, "pair")
    .andWhere(
      `(${mentorshipIds.length > 0 ? "pair.id IN (:...mentorshipIds)" : "1 = 0"} OR ${
        unpairedRespondentIds.length > 0 ? "pair.mentorId IN (:...unpairedRespondentIds) OR pair.menteeId IN (:...unpairedRespondentIds)" : "1 = 0"
      })`,
      { mentorshipIds, unpairedRespondentIds },
    )
    .getMany();
}

function peopleIdsOf(response: SurveyResponse, pairs: Mentorship[]): string[] {
  const related = pairs.filter((pair) =>
    response.mentorshipId ? pair.id === response.mentorshipId : pair.mentorId === response.respondentId || pair.menteeId === response.respondentId,
  );

  return [...new Set([response.respondentId, ...related.flatMap((pair) => [pair.mentorId, pair.menteeId])])];
}

/** Reads the values of custom attributes marked as identifying, per participant, in one statement. */
async function loadIdentifyingValues(scope: TenantScope, participantIds: string[]): Promise<Map<string, string[]>> {
  const rows = await scope
    .select(CustomAttributeValue, "attribute")
    .innerJoin(CustomAttributeDefinition, "definition", "definition.id = attribute.definitionId")
    .andWhere(participantIds.length > 0 ? "attribute.participantId IN (:...participantIds)" : "1 = 0", { participantIds })
    .andWhere("definition.identifying = :identifying", { identifying: true })
    .getMany();

  const values = new Map<string, string[]>();
  for (const row of rows) {
    values.set(row.participantId, [...(values.get(row.participantId) ?? []), row.value]);
  }

  return values;
}
