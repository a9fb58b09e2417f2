import type { TenantScope } from "../common/tenant-scope";
import { loadMentorshipStats, type MentorshipStats } from "../mentorship/mentorship-stats.loader";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { MentorshipService } from "../mentorship/mentorship.service";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import type { MentorshipListExportQuery } from "./mentorship-list-export.params";

/** Mentorships read per batch; memory use grows with this, not with the number of rows exported. */
export const MENTORSHIP_LIST_EXPORT_BATCH_SIZE = 500;

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
 * `mentorships` GraphQL list pages through them. Each batch costs four SQL statements.
 *
 * NOTE: batches are read by offset, like the list's pages, and not in one transaction, so a
 * mentorship added or removed during a long export can shift a later batch by one row.
 */
export async function* readMentorshipListExport(
  scope: TenantScope,
  query: MentorshipListExportQuery,
  batchSize = MENTORSHIP_LIST_EXPORT_BATCH_SIZE,
): AsyncGenerator<MentorshipListExportRow[]> {
  const service = new MentorshipService(scope);

  for (let offset = 0; ; offset += batchSize) {
    const mentorships = await service.findSlice(query.filter, query.sort, offset, batchSize);
    if (mentorships.length === 0) {
      return;
    }

    yield await describeBatch(scope, mentorships);
    if (mentorships.length < batchSize) {
      return;
    }
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
