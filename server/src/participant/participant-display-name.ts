import type { Participant } from "./participant.entity";

type NamedParticipant = Pick<Participant, "firstName" | "lastName" | "preferredName">;

/** Returns the name the person goes by: the preferred name, or else the first name. */
function givenName(participant: NamedParticipant): string {
  return participant.preferredName?.trim() || participant.firstName;
}

/** Returns the name shown to staff: the preferred or first name, then the last name. */
export function displayNameOf(participant: NamedParticipant): string {
  return `${givenName(participant)} ${participant.lastName}`.trim();
}

/** Returns up to two upper-case letters: the initial of the shown given name and of the last name. */
export function initialsOf(participant: NamedParticipant): string {
  const first = Array.from(givenName(participant).trim())[0] ?? "";
  const last = Array.from(participant.lastName.trim())[0] ?? "";

  return `${first}${last}`.toLocaleUpperCase();
}
