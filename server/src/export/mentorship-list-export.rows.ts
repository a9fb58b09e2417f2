import type { FieldAccess } from "../auth/field-access";
import { displayNameOf } from "../participant/participant-display-name";
import type { Participant } from "../participant/participant.entity";
import type { MentorshipListExportRow } from "./mentorship-list-export.service";
import type { CsvCell, CsvColumn } from "./spreadsheet-csv";

/**
 * Columns of the mentorship list CSV, in file order: the columns of the dashboard's grid plus
 * the ids. `docs/csv-export.md` describes each one.
 */
export function mentorshipListExportColumns(access: Pick<FieldAccess, "contactDetails">): Array<CsvColumn<MentorshipListExportRow>> {
  const contact = (person: Participant | null): CsvCell => (access.contactDetails ? (person?.email ?? null) : null);

  return [
    { header: "mentorship_id", value: (row) => row.mentorship.id },
    { header: "mentorship_external_id", value: (row) => row.mentorship.externalId },
    { header: "program_id", value: (row) => row.mentorship.programId },
    { header: "program", value: (row) => row.programName },
    { header: "status", value: (row) => row.mentorship.status },
    { header: "date_matched", value: (row) => row.mentorship.matchedOn },
    { header: "date_unmatched", value: (row) => row.mentorship.unmatchedOn },
    { header: "mentor_id", value: (row) => row.mentorship.mentorId },
    { header: "mentor_name", value: (row) => (row.mentor ? displayNameOf(row.mentor) : null) },
    { header: "mentor_email", value: (row) => contact(row.mentor) },
    { header: "mentee_id", value: (row) => row.mentorship.menteeId },
    { header: "mentee_name", value: (row) => (row.mentee ? displayNameOf(row.mentee) : null) },
    { header: "mentee_email", value: (row) => contact(row.mentee) },
    { header: "last_conversation_at", value: (row) => row.stats.lastConversationAt?.toISOString() ?? null },
    { header: "conversation_count", value: (row) => row.stats.conversationCount },
    { header: "priority_flag_count", value: (row) => row.stats.priorityFlagCount },
    { header: "open_priority_flag_count", value: (row) => row.stats.openPriorityFlagCount },
  ];
}
