import { MAX_PAGE_SIZE } from "../common/pagination";
import type { TenantScope } from "../common/tenant-scope";
import { loadMentorshipStats, type MentorshipStats } from "../mentorship/mentorship-stats.loader";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { MentorshipService } from "../mentorship/mentorship.service";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import type { MentorshipListExportQuery } from "./mentorship-list-export.params";

/**
 * Mentorships read per batch, the largest page the list serves; memory use grows with this, not
 * with the number of rows exported.
 */
export const MENTORSHIP_LIST_EXPORT_BATCH_SIZE = MAX_PAGE_SIZE;

/** One mentorship of the list export with everything its row shows. */
export interface MentorshipListExportRow {
  mentorship: Mentorship;
  programName: string;
  mentor: Participant | null;
  mentee: Participant | null;
  stats: MentorshipStats;
}

/**
 * Yields every mentorship matching the filter, in the list's order, one batch at a time, as the
 * `mentorships` GraphQL list pages through them: by keyset cursor, so a mentorship added or
 * changed during a long export is neither repeated nor skipped when the sort key cannot change.
 * Each batch costs four SQL statements.
 */
export async function* readMentorshipListExport(
  scope: TenantScope,
  query: MentorshipListExportQuery,
  batchSize = MENTORSHIP_LIST_EXPORT_BATCH_SIZE,
): AsyncGenerator<MentorshipListExportRow[]> {
  const service = new MentorshipService(scope);

  let after: string | null = null;
  for (;;) {
    const page = await service.list({ filter: query.filter, sort: query.sort, first: batchSize, after });
    const mentorships = page.edges.map((edge) => edge.node);
    if (mentorships.length > 0) {
      yield await describeBatch(scope, mentorships);
    }

    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor == null) {
      return;
    }
    after = page.pageInfo.endCursor;
  }
}

async function describeBatch(scope: TenantScope, mentorships: Mentorship[]): Promise<MentorshipListExportRow[]> {
  const participantIds = [...new Set(mentorships.flatMap((mentorship) => [mentorship.mentorId, mentorship.menteeId]))];
  const programIds = [...new Set(mentorships.map((mentorship) => mentorship.programId))];

  const [stats, participants, programs] = await Promise.all([
    loadMentorshipStats(
      scope,
      mentorships.map((mentorship) => mentorship.id),
    ),
    scope.select(Participant, "participant").andWhere("participant.id IN (:...participantIds)", { participantIds }).getMany(),
    scope.select(Program, "program").andWhere("program.id IN (:...programIds)", { programIds }).getMany(),
  ]);
  const participantById = new Map(participants.map((participant) => [participant.id, participant]));
  const programNameById = new Map(programs.map((program) => [program.id, program.name]));

  return mentorships.map((mentorship, index) => ({
    mentorship,
    programName: programNameById.get(mentorship.programId) ?? "",
    mentor: participantById.get(mentorship.mentorId) ?? null,
    mentee: participantById.get(mentorship.menteeId) ?? null,
    stats: stats[index],
  }));
}
