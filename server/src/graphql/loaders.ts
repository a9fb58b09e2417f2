import type { TenantScope } from "../common/tenant-scope";
import { createConversationLoaders } from "../conversation/conversation.loaders";
import { createFlagLoaders } from "../flag/flag.loaders";
import { createMentorshipLoaders } from "../mentorship/mentorship.loaders";
import { createNodeLoaders } from "../node/node.loaders";
import { createParticipantLoaders } from "../participant/participant.loaders";
import { createPartnerLoaders } from "../partner/partner.loaders";
import { createSurveyLoaders } from "../survey/survey.loaders";

/** Creates every DataLoader of one request; they cache rows for that request only. */
export function createLoaders(scope: TenantScope) {
  const mentorship = createMentorshipLoaders(scope);
  const partner = createPartnerLoaders(scope);
  const participant = createParticipantLoaders(scope);
  const features = {
    partner,
    participant,
    mentorship,
    conversation: createConversationLoaders(scope),
    survey: createSurveyLoaders(scope, mentorship.byId, { participantById: participant.byId, programById: partner.programById }),
    flag: createFlagLoaders(scope),
  };

  return { ...features, node: createNodeLoaders(scope, features) };
}

export type Loaders = ReturnType<typeof createLoaders>;
