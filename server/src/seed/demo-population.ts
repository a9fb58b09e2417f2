import { FlagChannel } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { MentorshipStatus, UnmatchReason } from "../mentorship/mentorship-enums";
import { ParticipantRole } from "../participant/participant-role.enum";
import { addMatchingResponse } from "./demo-activity";
import { addDays, addHours, addMinutes, calendarDate, daysBetween, daytimeInstantOn, earliest, instantOn, latest, randomInstantBetween } from "./demo-calendar";
import type { ProgramCatalog, ProgramKind } from "./demo-catalog";
import type { DemoDataBuilder } from "./demo-data-builder";
import { addPairAssessments, addPairConversations, addPairFlags, addGeneratedFlag, type PairContext } from "./demo-pair-activity";
import { addGoals, addPerson, type DemoPerson, type PeopleRegistry } from "./demo-people";
import { composeUnmatchNote } from "./demo-texts";
import type { SeededRandom, Weighted } from "./random";

/** How many people and pairs a program gets. */
export interface PopulationSize {
  mentees: number;
  mentors: number;
  mentorships: number;
}

interface PlannedMentorship {
  menteeIndex: number;
  mentorIndex: number;
  matchedOn: string;
  status: MentorshipStatus;
  unmatchedOn: string | null;
  unmatchReason: UnmatchReason | null;
}

/** Relative weight of matches per calendar month (January first), following each program's intake rhythm. */
const MONTH_WEIGHTS: Record<ProgramKind, readonly number[]> = {
  firstYear: [6, 3, 2, 2, 2, 2, 4, 16, 14, 5, 3, 2],
  alumni: [9, 8, 6, 4, 3, 3, 4, 6, 10, 10, 6, 3],
  youth: [8, 6, 4, 3, 2, 2, 2, 6, 12, 10, 6, 3],
};

/** First day on which each program matched pairs. */
const FIRST_MATCH_DATE: Record<ProgramKind, string> = { firstYear: "2025-06-01", alumni: "2025-06-01", youth: "2025-09-08" };

const EARLY_REASONS: readonly Weighted<UnmatchReason>[] = [
  [UnmatchReason.NOT_A_GOOD_FIT, 22],
  [UnmatchReason.UNRESPONSIVE, 22],
  [UnmatchReason.REMATCH_REQUESTED, 18],
  [UnmatchReason.PARTICIPANT_LEFT_PROGRAM, 15],
  [UnmatchReason.GOALS_MET, 10],
  [UnmatchReason.OTHER, 7],
  [UnmatchReason.CONDUCT, 4],
  [UnmatchReason.PROGRAM_CYCLE_ENDED, 2],
];

const LATE_REASONS: readonly Weighted<UnmatchReason>[] = [
  [UnmatchReason.PROGRAM_CYCLE_ENDED, 45],
  [UnmatchReason.GOALS_MET, 30],
  [UnmatchReason.UNRESPONSIVE, 8],
  [UnmatchReason.PARTICIPANT_LEFT_PROGRAM, 7],
  [UnmatchReason.NOT_A_GOOD_FIT, 4],
  [UnmatchReason.REMATCH_REQUESTED, 3],
  [UnmatchReason.OTHER, 2],
  [UnmatchReason.CONDUCT, 1],
];

/** Reasons after which a mentee usually gets a new mentor. */
const REMATCH_REASONS = new Set<UnmatchReason>([
  UnmatchReason.NOT_A_GOOD_FIT,
  UnmatchReason.REMATCH_REQUESTED,
  UnmatchReason.UNRESPONSIVE,
  UnmatchReason.PARTICIPANT_LEFT_PROGRAM,
]);

const MENTORSHIP_ID_PREFIX: Record<ProgramKind, string> = { firstYear: "FYM", alumni: "ACM", youth: "LYA" };

/** Picks a match date between `from` and `to`, weighted by the program's intake months. */
function matchDate(random: SeededRandom, kind: ProgramKind, from: Date, to: Date): string {
  const months: Array<Weighted<Date>> = [];
  const monthAfter = (month: Date) => new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  for (let month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)); month <= to; month = monthAfter(month)) {
    months.push([month, MONTH_WEIGHTS[kind][month.getUTCMonth()]]);
  }
  const month = random.weighted(months);
  const monthEnd = new Date(monthAfter(month).getTime() - 1);

  return calendarDate(randomInstantBetween(random, latest(month, from), earliest(monthEnd, to)));
}

/** Returns the end of the academic year in which a pair was matched. */
function cycleEnd(matchedOn: string): string {
  const matched = new Date(`${matchedOn}T00:00:00Z`);
  const startYear = matched.getUTCMonth() >= 5 ? matched.getUTCFullYear() : matched.getUTCFullYear() - 1;

  return `${startYear + 1}-05-20`;
}

/** Returns the probability that a pair of the given age has ended; the older the pair, the likelier. */
function unmatchProbability(ageDays: number): number {
  if (ageDays > 330) {
    return 0.7;
  }
  if (ageDays > 180) {
    return 0.35;
  }

  return ageDays > 60 ? 0.15 : 0.04;
}

function planEnding(random: SeededRandom, matchedOn: string, now: Date, forcedReason: UnmatchReason | null): Pick<PlannedMentorship, "status" | "unmatchedOn" | "unmatchReason"> {
  const matched = instantOn(matchedOn, 0);
  const ageDays = daysBetween(matched, now);
  const matchedOnly = { status: MentorshipStatus.MATCHED, unmatchedOn: null, unmatchReason: null };
  if (ageDays < 10 || (forcedReason === null && !random.chance(unmatchProbability(ageDays)))) {
    return matchedOnly;
  }

  const reason = forcedReason ?? random.weighted(ageDays > 300 ? LATE_REASONS : EARLY_REASONS);
  let endedAt: Date;
  if (reason === UnmatchReason.PROGRAM_CYCLE_ENDED && daysBetween(matched, instantOn(cycleEnd(matchedOn), 0)) > 30) {
    endedAt = addDays(instantOn(cycleEnd(matchedOn), 0), random.int(-3, 10));
  } else if (reason === UnmatchReason.GOALS_MET) {
    endedAt = addDays(matched, random.int(120, 300));
  } else {
    endedAt = addDays(matched, random.int(14, 150));
  }
  const unmatchedAt = latest(addDays(matched, 7), earliest(endedAt, addDays(now, -1)));

  return { status: MentorshipStatus.UNMATCHED, unmatchedOn: calendarDate(unmatchedAt), unmatchReason: reason };
}

/** Plans who is matched with whom and when; the first pairs of a program can be given each unmatch reason. */
function planMentorships(random: SeededRandom, kind: ProgramKind, size: PopulationSize, now: Date, coverReasons: boolean): PlannedMentorship[] {
  const from = new Date(`${FIRST_MATCH_DATE[kind]}T00:00:00Z`);
  const latestMatch = addDays(now, -3);
  const rematchTarget = Math.floor(size.mentorships * 0.08);
  const primaryCount = size.mentorships - rematchTarget;
  const activeMentors = Math.max(1, Math.floor(size.mentors * 0.93));
  const forcedReasons = coverReasons ? Object.values(UnmatchReason) : [];
  const plans: PlannedMentorship[] = [];

  for (let index = 0; index < primaryCount; index += 1) {
    const forcedReason = forcedReasons[index] ?? null;
    const matchedOn = matchDate(random, kind, from, forcedReason ? addDays(now, -120) : latestMatch);
    plans.push({
      menteeIndex: index,
      mentorIndex: index < activeMentors ? index : random.int(0, activeMentors - 1),
      matchedOn,
      ...planEnding(random, matchedOn, now, forcedReason),
    });
  }

  const candidates = random.shuffle(
    plans.filter((plan) => plan.unmatchReason && REMATCH_REASONS.has(plan.unmatchReason) && plan.unmatchedOn && daysBetween(instantOn(plan.unmatchedOn, 0), latestMatch) > 5),
  );
  let nextNewMentee = primaryCount;
  for (let index = 0; index < rematchTarget; index += 1) {
    const previous = candidates[index];
    if (previous?.unmatchedOn) {
      const rematchedAt = earliest(addDays(instantOn(previous.unmatchedOn, 0), random.int(3, 28)), latestMatch);
      const matchedOn = calendarDate(rematchedAt);
      const otherMentor = (previous.mentorIndex + 1 + random.int(0, Math.max(0, activeMentors - 2))) % activeMentors;
      plans.push({ menteeIndex: previous.menteeIndex, mentorIndex: otherMentor, matchedOn, ...planEnding(random, matchedOn, now, null) });
      continue;
    }

    // Too few ended pairs to rematch, so a waiting mentee is matched instead.
    const matchedOn = matchDate(random, kind, from, latestMatch);
    plans.push({ menteeIndex: nextNewMentee, mentorIndex: random.int(0, activeMentors - 1), matchedOn, ...planEnding(random, matchedOn, now, null) });
    nextNewMentee += 1;
  }

  // Stable sort, so external ids count up in the order pairs were matched.
  return plans.map((plan, order) => ({ plan, order })).sort((a, b) => a.plan.matchedOn.localeCompare(b.plan.matchedOn) || a.order - b.order).map(({ plan }) => plan);
}

function firstMatchDates(plans: PlannedMentorship[], key: "menteeIndex" | "mentorIndex"): Map<number, string> {
  const dates = new Map<number, string>();
  for (const plan of plans) {
    const known = dates.get(plan[key]);
    if (!known || plan.matchedOn < known) {
      dates.set(plan[key], plan.matchedOn);
    }
  }

  return dates;
}

export interface PopulationContext {
  builder: DemoDataBuilder;
  registry: PeopleRegistry;
  catalog: ProgramCatalog;
  random: SeededRandom;
  now: Date;
}

function addPeople(context: PopulationContext, role: ParticipantRole, count: number, firstMatches: Map<number, string>): DemoPerson[] {
  const { builder, registry, catalog, random, now } = context;
  const programStart = addDays(catalog.program.createdAt, 1);
  const people: DemoPerson[] = [];

  for (let index = 0; index < count; index += 1) {
    const firstMatch = firstMatches.get(index);
    const createdAt = firstMatch
      ? latest(programStart, addDays(daytimeInstantOn(random, firstMatch), -random.int(10, 45)))
      : randomInstantBetween(random, latest(programStart, addDays(now, -90)), addDays(now, -2));
    const enteredOn = firstMatch ? instantOn(firstMatch, 0) : createdAt;
    people.push(addPerson(builder, registry, catalog, random, { role, createdAt, enteredOn }));
  }

  return people;
}

function addMentorshipRow(context: PopulationContext, plan: PlannedMentorship, mentee: DemoPerson, mentor: DemoPerson, sequence: number): Mentorship {
  const { builder, catalog, random, now } = context;
  const latestInstant = addMinutes(now, -1);
  const createdAt = earliest(daytimeInstantOn(random, plan.matchedOn), latestInstant);
  const year = plan.matchedOn.slice(2, 4);
  const externalId = random.chance(0.92) ? `${MENTORSHIP_ID_PREFIX[catalog.kind]}-${year}-${String(sequence).padStart(4, "0")}` : null;

  const mentorship: Mentorship = {
    id: builder.newId("mentorship"),
    partnerId: catalog.program.partnerId,
    programId: catalog.program.id,
    externalId,
    mentorId: mentor.participant.id,
    menteeId: mentee.participant.id,
    status: plan.status,
    matchedOn: plan.matchedOn,
    unmatchedOn: plan.unmatchedOn,
    unmatchReason: plan.unmatchReason,
    unmatchNote: plan.unmatchReason === UnmatchReason.OTHER ? composeUnmatchNote(random) : null,
    createdAt,
    updatedAt: plan.unmatchedOn ? latest(createdAt, earliest(daytimeInstantOn(random, plan.unmatchedOn), latestInstant)) : createdAt,
  };
  builder.data.mentorships.push(mentorship);

  return mentorship;
}

/** Picks when a matching response was submitted: shortly before the match, after the person joined. */
function matchingSubmittedAt(random: SeededRandom, person: DemoPerson, matchedOn: string): Date {
  const matchedAt = instantOn(matchedOn, 12);
  const earliestSubmission = latest(addHours(person.participant.createdAt, 1), addDays(matchedAt, -21));

  return randomInstantBetween(random, earliestSubmission, latest(earliestSubmission, addHours(matchedAt, -2)));
}

/**
 * Adds a program's participants and mentorships with all their activity: matching responses,
 * conversations with post-session responses, assessments and flags. People without a pair wait
 * to be matched; most of them already answered the matching survey.
 */
export function addProgramPopulation(context: PopulationContext, size: PopulationSize, options: { coverUnmatchReasons: boolean }): void {
  const { builder, catalog, random, now } = context;
  const plans = planMentorships(random, catalog.kind, size, now, options.coverUnmatchReasons);
  const menteeCount = Math.max(size.mentees, ...plans.map((plan) => plan.menteeIndex + 1));
  const mentees = addPeople(context, ParticipantRole.MENTEE, menteeCount, firstMatchDates(plans, "menteeIndex"));
  const mentors = addPeople(context, ParticipantRole.MENTOR, size.mentors, firstMatchDates(plans, "mentorIndex"));
  const respondedMentees = new Set<DemoPerson>();
  const areaScores = new Map<string, number[]>();

  plans.forEach((plan, index) => {
    const mentee = mentees[plan.menteeIndex];
    const mentor = mentors[plan.mentorIndex];
    const mentorship = addMentorshipRow(context, plan, mentee, mentor, index + 1);

    for (const person of [mentee, mentor]) {
      addMatchingResponse(builder, catalog, person.participant, person.profile, mentorship, matchingSubmittedAt(random, person, plan.matchedOn));
    }
    respondedMentees.add(mentee);

    const pair: PairContext = { builder, catalog, random, now, mentorship, mentor: mentor.participant, mentee: mentee.participant, areaScores };
    addPairConversations(pair);
    addPairAssessments(pair);
    addPairFlags(pair);
  });

  const matchedPeople = new Set(plans.flatMap((plan) => [mentees[plan.menteeIndex], mentors[plan.mentorIndex]]));
  for (const person of [...mentees, ...mentors]) {
    if (matchedPeople.has(person) || !random.chance(0.75)) {
      continue;
    }

    const submittedAt = earliest(addHours(person.participant.createdAt, random.int(1, 120)), addMinutes(now, -1));
    addMatchingResponse(builder, catalog, person.participant, person.profile, null, submittedAt);
    if (person.participant.role === ParticipantRole.MENTEE) {
      respondedMentees.add(person);
    }
    // Staff sometimes raise a concern about someone still waiting for a match.
    if (random.chance(0.04)) {
      addGeneratedFlag({
        builder,
        catalog,
        random,
        now,
        mentorship: null,
        subject: person.participant,
        partner: null,
        reportedAt: randomInstantBetween(random, submittedAt, addMinutes(now, -60)),
        channel: FlagChannel.STAFF,
      });
    }
  }

  for (const mentee of mentees) {
    if (respondedMentees.has(mentee)) {
      addGoals(builder, mentee.participant, mentee.profile.goals);
    }
  }
}
