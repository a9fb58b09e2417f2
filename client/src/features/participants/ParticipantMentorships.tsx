import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { participantRoleLabels, unmatchReasonLabels } from "../../common/enum-labels";
import { formatInstant, formatLocalDate } from "../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ParticipantMentorships_ParticipantFragment } from "../../gql/graphql";

export const ParticipantMentorships_participant = graphql(`
  fragment ParticipantMentorships_participant on Participant {
    id
    mentorships(first: 100) {
      id
      status
      matchedOn
      unmatchedOn
      unmatchReason
      lastConversationAt
      conversationCount
      openPriorityFlagCount
      program {
        id
        name
      }
      mentor {
        id
        role
        displayName
      }
      mentee {
        id
        role
        displayName
      }
    }
  }
`);

type MentorshipItem = ParticipantMentorships_ParticipantFragment["mentorships"][number];

interface ParticipantMentorshipsProps {
  participant: FragmentType<typeof ParticipantMentorships_participant>;
}

/** Lists the person's current and past mentorships, newest match first, each with a link to the pair. */
export function ParticipantMentorships({ participant: participantRef }: ParticipantMentorshipsProps) {
  const { id, mentorships } = getFragmentData(ParticipantMentorships_participant, participantRef);
  const current = mentorships.filter((mentorship) => mentorship.status === "MATCHED");
  const past = mentorships.filter((mentorship) => mentorship.status !== "MATCHED");

  return (
    <Paper component="section" aria-labelledby="profile-mentorships-title" variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="profile-mentorships-title" variant="h2" sx={{ mb: 2 }}>
        Mentorships
      </Typography>
      <MentorshipGroup title="Current" participantId={id} mentorships={current} emptyMessage="No current mentorship" />
      <MentorshipGroup title="Past" participantId={id} mentorships={past} emptyMessage="No past mentorships" />
    </Paper>
  );
}

interface MentorshipGroupProps {
  title: string;
  participantId: string;
  mentorships: MentorshipItem[];
  emptyMessage: string;
}

function MentorshipGroup({ title, participantId, mentorships, emptyMessage }: MentorshipGroupProps) {
  return (
    <section aria-label={`${title} mentorships`}>
      <Typography variant="h3" sx={{ mt: 1, mb: 1 }}>
        {title}
      </Typography>
      {mentorships.length === 0 ? (
        <Typography variant="body2" sx={{ color: "text.secondary", mb: 2 }}>
          {emptyMessage}
        </Typography>
      ) : (
        <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", m: 0, mb: 2, p: 0 }}>
          {mentorships.map((mentorship) => (
            <MentorshipListItem key={mentorship.id} participantId={participantId} mentorship={mentorship} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function MentorshipListItem({ participantId, mentorship }: { participantId: string; mentorship: MentorshipItem }) {
  const partner = mentorship.mentor.id === participantId ? mentorship.mentee : mentorship.mentor;
  const ended = mentorship.status !== "MATCHED";

  return (
    <Stack
      component="li"
      direction={{ xs: "column", sm: "row" }}
      spacing={1.5}
      sx={{ justifyContent: "space-between", alignItems: { sm: "center" }, border: 1, borderColor: "divider", borderRadius: 1, p: 1.5 }}
    >
      <div>
        <Typography variant="body1" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
          {participantRoleLabels[partner.role]}:{" "}
          <Link href={`/participants/${encodeURIComponent(partner.id)}`}>{partner.displayName}</Link>
        </Typography>
        <Typography variant="body2" sx={{ color: "text.secondary" }}>
          {mentorship.program.name} · Matched {formatLocalDate(mentorship.matchedOn)}
          {ended && mentorship.unmatchedOn && ` · Ended ${formatLocalDate(mentorship.unmatchedOn)}`}
          {ended && mentorship.unmatchReason && ` (${unmatchReasonLabels[mentorship.unmatchReason]})`}
        </Typography>
        <Typography variant="body2" sx={{ color: "text.secondary" }}>
          {countOf(mentorship.conversationCount, "conversation")}
          {mentorship.lastConversationAt ? `, last ${formatInstant(mentorship.lastConversationAt)}` : ""}
          {mentorship.openPriorityFlagCount > 0 && ` · ${countOf(mentorship.openPriorityFlagCount, "open flag")}`}
        </Typography>
      </div>
      <Button
        href={`/mentorships/${encodeURIComponent(mentorship.id)}`}
        variant="outlined"
        size="small"
        aria-label={`View pair with ${partner.displayName}`}
        sx={{ alignSelf: { xs: "flex-start", sm: "center" }, flexShrink: 0 }}
      >
        View pair
      </Button>
    </Stack>
  );
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
