import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import { FlagChannel, FlagResolutionReason, FlagStatus } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { UnmatchReason } from "../mentorship/mentorship-enums";
import type { Participant } from "../participant/participant.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { addConversation, addAssessmentResponse, addFlag, addPostSessionResponse } from "./demo-activity";
import { addDays, addMinutes, calendarDate, daysBetween, daytimeInstantOn, earliest, instantOn, randomInstantBetween } from "./demo-calendar";
import { ASSESSMENT_AREAS, type FlagCategoryKey, type ProgramCatalog, type ProgramKind } from "./demo-catalog";
import type { DemoDataBuilder } from "./demo-data-builder";
import {
  composeAssessmentComment,
  composeFlagDescription,
  composeResolutionNote,
  composeStaffNote,
  composeWentWell,
} from "./demo-texts";
import type { SeededRandom, Weighted } from "./random";

/** Inputs for generating the activity of one pair. */
export interface PairContext {
  builder: DemoDataBuilder;
  catalog: ProgramCatalog;
  random: SeededRandom;
  now: Date;
  mentorship: Mentorship;
  mentor: Participant;
  mentee: Participant;
  /** Latent 1–5 scores per assessment area and participant, so one person's waves stay coherent. */
  areaScores: Map<string, number[]>;
}

const MEDIUM_WEIGHTS: Record<ProgramKind, readonly Weighted<ConversationMedium>[]> = {
  firstYear: [
    [ConversationMedium.IN_PERSON, 40],
    [ConversationMedium.VIDEO, 25],
    [ConversationMedium.TEXT_OR_EMAIL, 20],
    [ConversationMedium.PHONE, 15],
  ],
  alumni: [
    [ConversationMedium.VIDEO, 45],
    [ConversationMedium.PHONE, 25],
    [ConversationMedium.TEXT_OR_EMAIL, 15],
    [ConversationMedium.IN_PERSON, 15],
  ],
  youth: [
    [ConversationMedium.IN_PERSON, 55],
    [ConversationMedium.TEXT_OR_EMAIL, 20],
    [ConversationMedium.PHONE, 15],
    [ConversationMedium.VIDEO, 10],
  ],
};

const SOURCE_WEIGHTS: readonly Weighted<ConversationSource>[] = [
  [ConversationSource.POST_SESSION_SURVEY, 55],
  [ConversationSource.CHECK_IN, 30],
  [ConversationSource.BACKFILL, 15],
];

/** Days between conversations, by how engaged a pair is. */
const CADENCE_DAYS = { engaged: [6, 11], regular: [11, 20], sporadic: [21, 45] } as const;

type Cadence = keyof typeof CADENCE_DAYS | "silent";

const STRUGGLING_REASONS = new Set<UnmatchReason | null>([UnmatchReason.UNRESPONSIVE, UnmatchReason.NOT_A_GOOD_FIT]);

/** Returns the last instant a pair can have activity: the end of the unmatch date, or shortly before "now". */
export function activityEnd(mentorship: Mentorship, now: Date): Date {
  const beforeNow = addMinutes(now, -120);

  return mentorship.unmatchedOn ? earliest(instantOn(mentorship.unmatchedOn, 23, 0), beforeNow) : beforeNow;
}

function clampScore(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

function conversationDuration(random: SeededRandom, medium: ConversationMedium, source: ConversationSource): number | null {
  if (medium === ConversationMedium.TEXT_OR_EMAIL) {
    return random.chance(0.6) ? null : random.int(5, 20);
  }
  if (source === ConversationSource.CHECK_IN && random.chance(0.3)) {
    return null;
  }

  return random.int(4, 18) * 5;
}

/** Adds conversations through the pair's active period, each post-session one with its response. */
export function addPairConversations(context: PairContext): void {
  const { builder, catalog, random, mentorship, now } = context;
  const struggling = STRUGGLING_REASONS.has(mentorship.unmatchReason);
  const cadence = random.weighted<Cadence>(
    struggling
      ? [["sporadic", 60], ["silent", 40]]
      : [["engaged", 30], ["regular", 40], ["sporadic", 22], ["silent", 8]],
  );
  if (cadence === "silent") {
    return;
  }

  const [minimumGap, maximumGap] = CADENCE_DAYS[cadence];
  const end = activityEnd(mentorship, now);
  const pairMeanRating = struggling ? 2.6 + random.next() : 3.4 + random.next() * 1.3;
  let day = addDays(instantOn(mentorship.matchedOn, 0), random.int(2, 10));

  while (day < end) {
    const occurredAt = daytimeInstantOn(random, calendarDate(day));
    if (occurredAt >= end) {
      break;
    }

    const medium = random.weighted(MEDIUM_WEIGHTS[catalog.kind]);
    const source = random.weighted(SOURCE_WEIGHTS);
    const loggedByRole = random.chance(0.55) ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
    const topics =
      source === ConversationSource.BACKFILL || (source === ConversationSource.CHECK_IN && random.chance(0.3))
        ? []
        : random.sample(catalog.topicOptions, random.int(1, 3));
    const durationMinutes = conversationDuration(random, medium, source);
    const conversation = addConversation(builder, mentorship, { occurredAt, medium, durationMinutes, topics, source, loggedByRole });

    if (source === ConversationSource.POST_SESSION_SURVEY) {
      const respondent = loggedByRole === ParticipantRole.MENTEE ? context.mentee : context.mentor;
      const submittedAt = earliest(addMinutes(occurredAt, random.int(30, 1800)), addMinutes(now, -1));
      addPostSessionResponse(builder, catalog, respondent, mentorship, conversation, submittedAt, {
        rating: clampScore(pairMeanRating + (random.next() - 0.5) * 2),
        minutes: durationMinutes !== null && random.chance(0.85) ? durationMinutes : null,
        wentWell: random.chance(0.4) ? composeWentWell(random, topics) : null,
        staffNote: random.chance(0.15) ? composeStaffNote(random) : null,
      });
    }

    day = addDays(day, random.int(minimumGap, maximumGap));
  }
}

function latentScores(context: PairContext, participant: Participant): number[] {
  const existing = context.areaScores.get(participant.id);
  if (existing) {
    return existing;
  }

  const mentor = participant.role === ParticipantRole.MENTOR;
  const scores = ASSESSMENT_AREAS.map(() => (mentor ? 3.2 + context.random.next() * 1.5 : 2.3 + context.random.next() * 1.9));
  context.areaScores.set(participant.id, scores);

  return scores;
}

/** Likert scores for every item of an assessment: latent area score, growth by wave, and noise. */
export function likertScores(context: PairContext, participant: Participant, waveIndex: number): number[] {
  const assessment = context.catalog.assessments[waveIndex];
  const latent = latentScores(context, participant);
  const growth = participant.role === ParticipantRole.MENTOR ? [0, 0.1, 0.2] : [0, 0.3, 0.55];

  return assessment.items.map((item) => {
    const areaIndex = ASSESSMENT_AREAS.findIndex((area) => area === item.area);

    return clampScore(latent[areaIndex] + growth[waveIndex] + (context.random.next() - 0.5) * 1.4);
  });
}

/** Adds the assessment waves each person answered while the pair was active. */
export function addPairAssessments(context: PairContext): void {
  const { random, mentorship, now } = context;
  const end = activityEnd(mentorship, now);
  const matchedAt = instantOn(mentorship.matchedOn, 0);
  const endedNaturally = mentorship.unmatchReason === UnmatchReason.GOALS_MET || mentorship.unmatchReason === UnmatchReason.PROGRAM_CYCLE_ENDED;
  const waveDays = [
    random.int(0, 14),
    random.int(90, 115),
    endedNaturally && mentorship.unmatchedOn ? daysBetween(matchedAt, instantOn(mentorship.unmatchedOn, 0)) - random.int(0, 10) : random.int(190, 230),
  ];
  const responseChance = [0.85, 0.7, 0.6];

  waveDays.forEach((days, waveIndex) => {
    for (const respondent of [context.mentee, context.mentor]) {
      const submittedAt = daytimeInstantOn(random, calendarDate(addDays(matchedAt, Math.max(0, days))));
      if (submittedAt >= end || !random.chance(responseChance[waveIndex])) {
        continue;
      }

      const comment = random.chance(0.3) ? composeAssessmentComment(random) : null;
      addAssessmentResponse(context.builder, context.catalog.assessments[waveIndex], respondent, mentorship, submittedAt, likertScores(context, respondent, waveIndex), comment);
    }
  });
}

const CATEGORY_WEIGHTS: readonly Weighted<FlagCategoryKey>[] = [
  ["mental_health", 24],
  ["academic_struggles", 24],
  ["financial_concerns", 16],
  ["basic_needs", 12],
  ["considering_leaving", 12],
  ["other", 12],
];

const CHANNEL_WEIGHTS: readonly Weighted<FlagChannel>[] = [
  [FlagChannel.POST_SESSION_SURVEY, 40],
  [FlagChannel.CHECK_IN, 25],
  [FlagChannel.STAFF, 22],
  [FlagChannel.KEYWORD_ALERT, 13],
];

const RESOLUTION_WEIGHTS: readonly Weighted<FlagResolutionReason>[] = [
  [FlagResolutionReason.SUPPORT_PROVIDED, 35],
  [FlagResolutionReason.REFERRED, 35],
  [FlagResolutionReason.NO_ACTION_NEEDED, 15],
  [FlagResolutionReason.UNABLE_TO_REACH, 10],
  [FlagResolutionReason.DUPLICATE, 5],
];

function statusWeights(ageDays: number): readonly Weighted<FlagStatus>[] {
  if (ageDays < 14) {
    return [[FlagStatus.OPEN, 55], [FlagStatus.IN_PROGRESS, 35], [FlagStatus.RESOLVED, 10]];
  }
  if (ageDays < 60) {
    return [[FlagStatus.OPEN, 15], [FlagStatus.IN_PROGRESS, 35], [FlagStatus.RESOLVED, 50]];
  }

  return [[FlagStatus.OPEN, 4], [FlagStatus.IN_PROGRESS, 8], [FlagStatus.RESOLVED, 88]];
}

export interface GeneratedFlagInput {
  builder: DemoDataBuilder;
  catalog: ProgramCatalog;
  random: SeededRandom;
  now: Date;
  mentorship: Mentorship | null;
  subject: Participant;
  /** The other person of the pair, who usually reports; null outside a mentorship. */
  partner: Participant | null;
  reportedAt: Date;
  channel?: FlagChannel;
}

/** Adds one flag with a status that fits its age and timestamps that fit its status. */
export function addGeneratedFlag(input: GeneratedFlagInput): void {
  const { random, now, reportedAt } = input;
  const channel = input.channel ?? random.weighted(CHANNEL_WEIGHTS);
  const category = random.weighted(CATEGORY_WEIGHTS);
  const urgent = random.chance(category === "mental_health" || category === "basic_needs" ? 0.35 : 0.1);
  const surveyChannel = channel === FlagChannel.POST_SESSION_SURVEY || channel === FlagChannel.CHECK_IN;
  let reporter: Participant | null = null;
  if (surveyChannel) {
    // Usually the other person of the pair reports; sometimes people report about themselves.
    reporter = input.partner && random.chance(0.8) ? input.partner : input.subject;
  }
  const latestInstant = addMinutes(now, -1);

  let status = random.weighted(statusWeights(daysBetween(reportedAt, now)));
  const firstResponseAt =
    status === FlagStatus.OPEN ? null : earliest(addMinutes(reportedAt, urgent ? random.int(20, 480) : random.int(240, 4320)), latestInstant);
  let resolvedAt: Date | null = null;
  if (status === FlagStatus.RESOLVED && firstResponseAt) {
    resolvedAt = earliest(addMinutes(firstResponseAt, random.int(60, 21 * 24 * 60)), latestInstant);
  }
  if (status === FlagStatus.RESOLVED && resolvedAt === null) {
    status = FlagStatus.IN_PROGRESS;
  }
  const resolutionReason = status === FlagStatus.RESOLVED ? random.weighted(RESOLUTION_WEIGHTS) : null;
  const assigned = status !== FlagStatus.OPEN || random.chance(0.25);

  addFlag(input.builder, input.catalog, {
    mentorship: input.mentorship,
    subject: input.subject,
    reporter,
    channel,
    category,
    urgent,
    description: composeFlagDescription(random, category, channel === FlagChannel.KEYWORD_ALERT),
    reportedAt,
    status,
    firstResponseAt,
    resolvedAt,
    assigneeId: assigned ? random.pick(input.catalog.assignees).id : null,
    resolutionReason,
    resolutionNote: resolutionReason && random.chance(0.75) ? composeResolutionNote(random, resolutionReason) : null,
  });
}

/** Adds zero to three flags about the pair, mostly about the mentee and mostly reported by the mentor. */
export function addPairFlags(context: PairContext): void {
  const { random, mentorship, now } = context;
  const start = addDays(instantOn(mentorship.matchedOn, 0), 3);
  const end = activityEnd(mentorship, now);
  if (start >= end) {
    return;
  }

  const count = random.weighted([[0, 72], [1, 18], [2, 7], [3, 3]]);
  for (let index = 0; index < count; index += 1) {
    const aboutMentee = random.chance(0.92);
    addGeneratedFlag({
      builder: context.builder,
      catalog: context.catalog,
      random,
      now,
      mentorship,
      subject: aboutMentee ? context.mentee : context.mentor,
      partner: aboutMentee ? context.mentor : context.mentee,
      reportedAt: randomInstantBetween(random, start, end),
    });
  }
}
