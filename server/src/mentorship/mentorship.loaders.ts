import DataLoader from "dataloader";
import { createByIdLoader, LoadersByArguments } from "../common/loaders";
import type { TenantScope } from "../common/tenant-scope";
import type { ParticipantMentorshipsArgs } from "../participant/participant-mentorships.args";
import { loadCommonGround } from "./common-ground.loader";
import type { CommonGround } from "./common-ground.type";
import { loadMentorshipStats, type MentorshipStats } from "./mentorship-stats.loader";
import { Mentorship } from "./mentorship.entity";
import { MentorshipService } from "./mentorship.service";

/** Per-request loaders of mentorships and the numbers computed for them, each one SQL statement per batch unless noted. */
export function createMentorshipLoaders(scope: TenantScope) {
  const service = new MentorshipService(scope);

  return {
    byId: createByIdLoader(scope, Mentorship),
    stats: new DataLoader<string, MentorshipStats>((mentorshipIds) => loadMentorshipStats(scope, mentorshipIds)),
    /** Three statements per batch, one per kind of common ground. */
    commonGround: new DataLoader<string, CommonGround[]>((mentorshipIds) => loadCommonGround(scope, mentorshipIds)),
    byParticipant: new LoadersByArguments<ParticipantMentorshipsArgs, string, Mentorship[]>(
      (args) => new DataLoader((participantIds) => service.listForParticipants(participantIds, args)),
    ),
  };
}
