import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import { FlagChannel, FlagResolutionReason, FlagStatus } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { MentorshipStatus, UnmatchReason } from "../mentorship/mentorship-enums";
import { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantRole } from "../participant/participant-role.enum";
import { addAssessmentResponse, addConversation, addFlag, addMatchingResponse, addPostSessionResponse } from "./demo-activity";
import { addDays, addHours, addMinutes, instantOn } from "./demo-calendar";
import { FLAG_CATEGORY_KEYS, type DemoCatalog, type ProgramCatalog } from "./demo-catalog";
import type { DemoDataBuilder } from "./demo-data-builder";
import { DEMO_FIXTURES, DEMO_TRICKY_TEXTS } from "./demo-fixtures";
import { likertScores, type PairContext } from "./demo-pair-activity";
import { addGoals, addPerson, type DemoPerson, type PeopleRegistry } from "./demo-people";
import { composeFlagDescription, composeStaffNote, composeWentWell } from "./demo-texts";
import type { SeededRandom } from "./random";

/*
 * Plants the cases listed in demo-fixtures.ts. Their ids, dates, texts and counts are fixed;
 * only rows that no test looks up by value (answer ids, some names) come from the generator.
 */

export interface HardCaseContext {
  builder: DemoDataBuilder;
  registry: PeopleRegistry;
  catalogs: DemoCatalog;
  random: SeededRandom;
  now: Date;
}

function addFixtureMentorship(
  builder: DemoDataBuilder,
  catalog: ProgramCatalog,
  fields: Pick<Mentorship, "id" | "externalId" | "mentorId" | "menteeId" | "matchedOn" | "createdAt"> & Partial<Mentorship>,
): Mentorship {
  const mentorship: Mentorship = {
    partnerId: catalog.program.partnerId,
    programId: catalog.program.id,
    status: MentorshipStatus.MATCHED,
    unmatchedOn: null,
    unmatchReason: null,
    unmatchNote: null,
    updatedAt: fields.createdAt,
    ...fields,
  };
  builder.data.mentorships.push(mentorship);

  return mentorship;
}

function addHardCasePair(context: HardCaseContext): void {
  const { builder, registry, random } = context;
  const catalog = context.catalogs.firstYear;
  const fixture = DEMO_FIXTURES.hardCasePair;
  const earlier = DEMO_FIXTURES.unmatchedPair;

  const mentor = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTOR,
    createdAt: new Date("2026-02-10T15:00:00Z"),
    enteredOn: new Date("2024-08-26T00:00:00Z"),
    overrides: {
      id: fixture.mentorId,
      externalId: "N0000101",
      firstName: fixture.mentor.firstName,
      lastName: fixture.mentor.lastName,
      preferredName: null,
      pronouns: "she/her",
      pictureUrl: "/avatars/7.svg",
      email: "zoe.angstrom-nunez@example.edu",
      phone: "+15550100101",
      gender: "Woman",
      firstGeneration: true,
      graduationYear: 2027,
      fieldOfStudyOrWork: "Mechanical Engineering",
    },
    lifeExperiences: [LifeExperience.FIRST_GENERATION_STUDENT, LifeExperience.WORKED_WHILE_STUDYING, LifeExperience.STUDENT_ATHLETE],
    attributes: new Map([
      ["college", "College of Engineering"],
      ["advisor", "Prof. Daniel Okafor"],
      ["pell_eligible", "true"],
      ["club", "Robotics Club"],
      ["hometown_region", "Midwest"],
      ["credits_completed", "74"],
      ["enrolled_on", "2024-08-26"],
    ]),
    profile: {
      goals: ["Academic success", "Navigate campus resources", "Build a professional network"],
      frequency: "Every two weeks",
      hobbies: ["Hiking", "Music", "Cooking"],
      hope: DEMO_TRICKY_TEXTS.longAnswer,
    },
  });

  const mentee = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTEE,
    createdAt: new Date("2025-08-20T17:12:00Z"),
    enteredOn: new Date("2025-08-25T00:00:00Z"),
    overrides: {
      id: fixture.menteeId,
      externalId: "N0000102",
      firstName: fixture.mentee.firstName,
      lastName: fixture.mentee.lastName,
      preferredName: null,
      pronouns: "she/her",
      pictureUrl: "/avatars/12.svg",
      email: "siobhan.oconnor@example.edu",
      phone: "+15550100102",
      gender: "Woman",
      firstGeneration: true,
      graduationYear: 2029,
      fieldOfStudyOrWork: "Civil Engineering",
    },
    lifeExperiences: [LifeExperience.FIRST_GENERATION_STUDENT, LifeExperience.WORKED_WHILE_STUDYING, LifeExperience.RURAL_BACKGROUND],
    attributes: new Map([
      ["college", "College of Engineering"],
      ["advisor", "Dr. Helen Park"],
      ["scholarship", "First Scholars Grant"],
      ["pell_eligible", "true"],
      ["club", "Outdoor Club"],
      ["hometown_region", "Midwest"],
      ["credits_completed", "15"],
      ["enrolled_on", "2025-08-25"],
    ]),
    profile: {
      goals: [...fixture.menteeGoals],
      frequency: "Weekly",
      hobbies: ["Hiking", "Video games", "Photography"],
      hope: DEMO_TRICKY_TEXTS.multiLine,
    },
  });
  addGoals(builder, mentee.participant, mentee.profile.goals);

  const earlierMentor = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTOR,
    createdAt: new Date("2025-08-12T16:40:00Z"),
    enteredOn: new Date("2023-08-28T00:00:00Z"),
    overrides: { id: earlier.mentorId, externalId: "N0000103" },
  });
  const earlierPair = addFixtureMentorship(builder, catalog, {
    id: earlier.mentorshipId,
    externalId: "FYM-25-X001",
    mentorId: earlierMentor.participant.id,
    menteeId: mentee.participant.id,
    matchedOn: earlier.matchedOn,
    createdAt: new Date("2025-09-02T16:20:00Z"),
    status: MentorshipStatus.UNMATCHED,
    unmatchedOn: earlier.unmatchedOn,
    unmatchReason: UnmatchReason.OTHER,
    unmatchNote: DEMO_TRICKY_TEXTS.unmatchNote,
    updatedAt: new Date("2026-02-10T18:00:00Z"),
  });
  addConversation(builder, earlierPair, {
    occurredAt: new Date("2025-09-10T19:00:00Z"),
    medium: ConversationMedium.IN_PERSON,
    durationMinutes: 30,
    topics: ["Campus resources"],
    source: ConversationSource.CHECK_IN,
    loggedByRole: ParticipantRole.MENTEE,
  });
  addConversation(builder, earlierPair, {
    occurredAt: new Date("2025-10-01T20:30:00Z"),
    medium: ConversationMedium.VIDEO,
    durationMinutes: 20,
    topics: [],
    source: ConversationSource.CHECK_IN,
    loggedByRole: ParticipantRole.MENTOR,
  });

  const mentorship = addFixtureMentorship(builder, catalog, {
    id: fixture.mentorshipId,
    externalId: "FYM-26-X002",
    mentorId: mentor.participant.id,
    menteeId: mentee.participant.id,
    matchedOn: fixture.matchedOn,
    createdAt: new Date(fixture.createdAt),
  });

  addMatchingResponse(builder, catalog, mentor.participant, mentor.profile, mentorship, new Date("2026-02-20T18:30:00Z"));
  addMatchingResponse(builder, catalog, mentee.participant, mentee.profile, mentorship, new Date("2026-02-14T21:05:00Z"));

  const [baseline, midProgram] = catalog.assessments;
  addAssessmentResponse(builder, baseline, mentee.participant, mentorship, new Date("2026-03-08T20:15:00Z"), [3, 3, 2, 3, 2, 3, 2, 2, 3], DEMO_TRICKY_TEXTS.doubleDash);
  addAssessmentResponse(builder, midProgram, mentor.participant, mentorship, new Date("2026-06-20T19:40:00Z"), [5, 4, 4, 4, 5, 4, 4, 4, 5], DEMO_TRICKY_TEXTS.nameMention);

  const first = addConversation(builder, mentorship, {
    occurredAt: new Date("2026-03-06T18:00:00Z"),
    medium: ConversationMedium.VIDEO,
    durationMinutes: 45,
    topics: ["Study skills", "Campus resources"],
    source: ConversationSource.POST_SESSION_SURVEY,
    loggedByRole: ParticipantRole.MENTEE,
  });
  addPostSessionResponse(builder, catalog, mentee.participant, mentorship, first, new Date("2026-03-06T21:10:00Z"), {
    rating: 5,
    minutes: 45,
    wentWell: DEMO_TRICKY_TEXTS.formula,
    staffNote: DEMO_TRICKY_TEXTS.atSign,
  });
  addConversation(builder, mentorship, {
    occurredAt: new Date("2026-03-20T17:30:00Z"),
    medium: ConversationMedium.IN_PERSON,
    durationMinutes: 30,
    topics: ["Academics"],
    source: ConversationSource.CHECK_IN,
    loggedByRole: ParticipantRole.MENTOR,
  });
  const third = addConversation(builder, mentorship, {
    occurredAt: new Date("2026-04-10T19:00:00Z"),
    medium: ConversationMedium.PHONE,
    durationMinutes: 25,
    topics: ["Financial aid", "Time management"],
    source: ConversationSource.POST_SESSION_SURVEY,
    loggedByRole: ParticipantRole.MENTOR,
  });
  // Submitted on the next UTC day, which is still the same evening in North America.
  addPostSessionResponse(builder, catalog, mentor.participant, mentorship, third, new Date("2026-04-11T01:30:00Z"), {
    rating: 4,
    minutes: 25,
    wentWell: DEMO_TRICKY_TEXTS.plusSign,
    staffNote: DEMO_TRICKY_TEXTS.commasAndQuotes,
  });
  addConversation(builder, mentorship, {
    occurredAt: new Date("2026-05-02T15:00:00Z"),
    medium: ConversationMedium.TEXT_OR_EMAIL,
    durationMinutes: null,
    topics: [],
    source: ConversationSource.BACKFILL,
    loggedByRole: null,
  });
  const fifth = addConversation(builder, mentorship, {
    occurredAt: new Date("2026-06-15T22:45:00Z"),
    medium: ConversationMedium.VIDEO,
    durationMinutes: 40,
    topics: ["Wellbeing"],
    source: ConversationSource.POST_SESSION_SURVEY,
    loggedByRole: ParticipantRole.MENTEE,
  });
  addPostSessionResponse(
    builder,
    catalog,
    mentee.participant,
    mentorship,
    fifth,
    new Date("2026-06-16T00:10:00Z"),
    { rating: 3, minutes: null, wentWell: null, staffNote: null },
    fixture.silentPostSessionResponseId,
  );
  addConversation(builder, mentorship, {
    occurredAt: new Date("2026-09-12T20:00:00Z"),
    medium: ConversationMedium.IN_PERSON,
    durationMinutes: 60,
    topics: ["Friendships and belonging", "Academics"],
    source: ConversationSource.CHECK_IN,
    loggedByRole: ParticipantRole.MENTEE,
  });
  addConversation(builder, mentorship, {
    id: fixture.lastConversationId,
    occurredAt: new Date(fixture.lastConversationAt),
    medium: ConversationMedium.TEXT_OR_EMAIL,
    durationMinutes: null,
    topics: [],
    source: ConversationSource.BACKFILL,
    loggedByRole: null,
  });

  const [admin, coordinator] = catalog.assignees;
  const flagBase = { mentorship, subject: mentee.participant, resolvedAt: null, resolutionReason: null, resolutionNote: null };
  addFlag(builder, catalog, {
    ...flagBase,
    id: fixture.flagIds.open,
    reporter: mentor.participant,
    channel: FlagChannel.POST_SESSION_SURVEY,
    category: "mental_health",
    urgent: true,
    description: 'After our last exchange she wrote "I can\'t do this anymore", and then stopped replying.',
    reportedAt: new Date("2026-11-21T02:15:00Z"),
    status: FlagStatus.OPEN,
    firstResponseAt: null,
    assigneeId: null,
  });
  addFlag(builder, catalog, {
    ...flagBase,
    id: fixture.flagIds.inProgress,
    reporter: mentee.participant,
    channel: FlagChannel.CHECK_IN,
    category: "basic_needs",
    urgent: false,
    description: "My dining plan ran out and I am relying on the food pantry until my paycheck arrives.",
    reportedAt: new Date("2026-09-12T20:30:00Z"),
    status: FlagStatus.IN_PROGRESS,
    firstResponseAt: new Date("2026-09-13T14:05:00Z"),
    assigneeId: coordinator.id,
  });
  addFlag(builder, catalog, {
    ...flagBase,
    id: fixture.flagIds.resolved,
    reporter: null,
    channel: FlagChannel.STAFF,
    category: "academic_struggles",
    urgent: false,
    description: "Midterm grades show the mentee failing Calculus I.",
    reportedAt: new Date("2026-04-12T14:00:00Z"),
    status: FlagStatus.RESOLVED,
    firstResponseAt: new Date("2026-04-13T15:30:00Z"),
    resolvedAt: new Date("2026-04-20T17:45:00Z"),
    assigneeId: admin.id,
    resolutionReason: FlagResolutionReason.REFERRED,
    resolutionNote: "Referred to the tutoring center; she now goes twice a week.",
  });
}

function addEmptyPair(context: HardCaseContext): void {
  const { builder, registry, random } = context;
  const catalog = context.catalogs.firstYear;
  const fixture = DEMO_FIXTURES.emptyPair;

  const mentor = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTOR,
    createdAt: new Date("2026-10-20T14:30:00Z"),
    enteredOn: new Date("2023-08-28T00:00:00Z"),
    overrides: {
      id: fixture.mentorId,
      externalId: "N0000104",
      firstName: fixture.mentor.firstName,
      lastName: fixture.mentor.lastName,
      pictureUrl: null,
      email: "marco.dangelo@example.edu",
    },
  });
  const mentee = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTEE,
    createdAt: new Date("2026-10-28T19:05:00Z"),
    enteredOn: new Date("2026-08-24T00:00:00Z"),
    overrides: {
      id: fixture.menteeId,
      externalId: "N0000105",
      firstName: fixture.mentee.firstName,
      lastName: fixture.mentee.lastName,
      preferredName: "Dima",
      email: "dmitrii.ivanov@example.edu",
    },
  });
  addFixtureMentorship(builder, catalog, {
    id: fixture.mentorshipId,
    externalId: null,
    mentorId: mentor.participant.id,
    menteeId: mentee.participant.id,
    matchedOn: fixture.matchedOn,
    createdAt: new Date("2026-11-10T15:20:00Z"),
  });
}

/** Spreads `counts` over a list and shuffles it, so the exact totals hold in a varied order. */
function shuffledSequence<T extends string>(random: SeededRandom, counts: Record<T, number>): T[] {
  const items = (Object.entries(counts) as Array<[T, number]>).flatMap(([value, count]) => Array.from({ length: count }, () => value));

  return random.shuffle(items);
}

/** Six resolved flags, then four in progress, then five open ones. */
function largePairFlagStatus(index: number): FlagStatus {
  if (index < 6) {
    return FlagStatus.RESOLVED;
  }

  return index < 10 ? FlagStatus.IN_PROGRESS : FlagStatus.OPEN;
}

function addLargePair(context: HardCaseContext): void {
  const { builder, registry, random } = context;
  const catalog = context.catalogs.alumni;
  const fixture = DEMO_FIXTURES.largePair;
  const matchedAt = instantOn(fixture.matchedOn, 0);

  const mentor = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTOR,
    createdAt: new Date("2025-05-12T13:45:00Z"),
    enteredOn: new Date("2005-08-29T00:00:00Z"),
    overrides: {
      id: fixture.mentorId,
      externalId: "A0000106",
      firstName: fixture.mentor.firstName,
      lastName: fixture.mentor.lastName,
      email: "mohammed.alfarsi@example.org",
    },
  });
  const mentee = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTEE,
    createdAt: new Date("2025-05-20T02:10:00Z"),
    enteredOn: new Date("2023-08-28T00:00:00Z"),
    overrides: {
      id: fixture.menteeId,
      externalId: "N0000107",
      firstName: fixture.mentee.firstName,
      lastName: fixture.mentee.lastName,
      preferredName: "Leo",
      phone: null,
      email: "xiaolong.li@example.edu",
    },
  });
  addGoals(builder, mentee.participant, mentee.profile.goals);
  const mentorship = addFixtureMentorship(builder, catalog, {
    id: fixture.mentorshipId,
    externalId: "ACM-25-X001",
    mentorId: mentor.participant.id,
    menteeId: mentee.participant.id,
    matchedOn: fixture.matchedOn,
    createdAt: new Date("2025-06-02T18:00:00Z"),
  });

  addLargePairSurveys(context, catalog, mentorship, mentor, mentee, matchedAt);
  addLargePairConversations(context, catalog, mentorship, mentor, mentee, matchedAt);

  // Fifteen flags cycle through every category, channel and status.
  const channels = [FlagChannel.POST_SESSION_SURVEY, FlagChannel.CHECK_IN, FlagChannel.STAFF, FlagChannel.KEYWORD_ALERT];
  for (let index = 0; index < fixture.flagCount; index += 1) {
    const reportedAt = addHours(addDays(matchedAt, 20 + index * 34), 15 + (index % 7));
    const status = largePairFlagStatus(index);
    const channel = channels[index % channels.length];
    const category = FLAG_CATEGORY_KEYS[index % FLAG_CATEGORY_KEYS.length];
    const surveyChannel = channel === FlagChannel.POST_SESSION_SURVEY || channel === FlagChannel.CHECK_IN;
    const resolved = status === FlagStatus.RESOLVED;
    addFlag(builder, catalog, {
      mentorship,
      subject: mentee.participant,
      reporter: surveyChannel ? mentor.participant : null,
      channel,
      category,
      urgent: index % 3 === 0,
      description: composeFlagDescription(random, category, channel === FlagChannel.KEYWORD_ALERT),
      reportedAt,
      status,
      firstResponseAt: status === FlagStatus.OPEN ? null : addHours(reportedAt, 6),
      resolvedAt: resolved ? addDays(reportedAt, 5) : null,
      assigneeId: status === FlagStatus.OPEN ? null : random.pick(catalog.assignees).id,
      resolutionReason: resolved ? FlagResolutionReason.SUPPORT_PROVIDED : null,
      resolutionNote: resolved ? "Checked in with the mentee and agreed on next steps." : null,
    });
  }
}

function addLargePairSurveys(context: HardCaseContext, catalog: ProgramCatalog, mentorship: Mentorship, mentor: DemoPerson, mentee: DemoPerson, matchedAt: Date): void {
  const { builder, random, now } = context;
  addMatchingResponse(builder, catalog, mentor.participant, mentor.profile, mentorship, addDays(matchedAt, -9));
  addMatchingResponse(builder, catalog, mentee.participant, mentee.profile, mentorship, addDays(matchedAt, -12));

  const pair: PairContext = { builder, catalog, random, now, mentorship, mentor: mentor.participant, mentee: mentee.participant, areaScores: new Map() };
  const waveDays = [7, 100, 210];
  waveDays.forEach((days, waveIndex) => {
    for (const respondent of [mentee.participant, mentor.participant]) {
      const submittedAt = addHours(addDays(matchedAt, days), respondent.role === ParticipantRole.MENTEE ? 20 : 23);
      addAssessmentResponse(builder, catalog.assessments[waveIndex], respondent, mentorship, submittedAt, likertScores(pair, respondent, waveIndex), null);
    }
  });
}

function addLargePairConversations(context: HardCaseContext, catalog: ProgramCatalog, mentorship: Mentorship, mentor: DemoPerson, mentee: DemoPerson, matchedAt: Date): void {
  const { builder, random } = context;
  const fixture = DEMO_FIXTURES.largePair;
  const sources = shuffledSequence(random, fixture.conversationCountBySource);
  const media = [ConversationMedium.VIDEO, ConversationMedium.PHONE, ConversationMedium.VIDEO, ConversationMedium.TEXT_OR_EMAIL, ConversationMedium.IN_PERSON];
  let postSessionIndex = 0;

  sources.forEach((source, index) => {
    const occurredAt = addHours(addDays(matchedAt, 7 + Math.round(index * 8.5)), 15 + (index % 6));
    const medium = media[index % media.length];
    const loggedByRole = index % 2 === 0 ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
    const topics = source === ConversationSource.BACKFILL ? [] : random.sample(catalog.topicOptions, 1 + (index % 3));
    const durationMinutes = medium === ConversationMedium.TEXT_OR_EMAIL ? null : 30 + (index % 4) * 10;
    const conversation = addConversation(builder, mentorship, { occurredAt, medium, durationMinutes, topics, source, loggedByRole });
    if (source !== ConversationSource.POST_SESSION_SURVEY) {
      return;
    }

    // Every fourth post-session response leaves both open-text questions empty.
    const withOpenText = postSessionIndex % 4 !== 3;
    postSessionIndex += 1;
    const respondent = loggedByRole === ParticipantRole.MENTEE ? mentee.participant : mentor.participant;
    addPostSessionResponse(builder, catalog, respondent, mentorship, conversation, addMinutes(occurredAt, 90 + (index % 5) * 60), {
      rating: 3 + (index % 3),
      minutes: durationMinutes,
      wentWell: withOpenText ? composeWentWell(random, topics) : null,
      staffNote: withOpenText && index % 5 === 0 ? composeStaffNote(random) : null,
    });
  });
}

function addOtherPartnerPair(context: HardCaseContext): void {
  const { builder, registry, random } = context;
  const catalog = context.catalogs.youth;
  const fixture = DEMO_FIXTURES.otherPartner;

  const mentor = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTOR,
    createdAt: new Date("2025-12-01T16:00:00Z"),
    enteredOn: new Date("2025-12-01T00:00:00Z"),
    overrides: { id: fixture.mentorId, externalId: "LY-0000201" },
  });
  const mentee = addPerson(builder, registry, catalog, random, {
    role: ParticipantRole.MENTEE,
    createdAt: new Date("2025-12-03T21:30:00Z"),
    enteredOn: new Date("2025-09-02T00:00:00Z"),
    overrides: {
      id: fixture.menteeId,
      externalId: "LY-0000202",
      firstName: "Aoife",
      lastName: fixture.menteeLastName,
      email: "aoife.oconnor@example.org",
    },
  });
  addGoals(builder, mentee.participant, mentee.profile.goals);
  const mentorship = addFixtureMentorship(builder, catalog, {
    id: fixture.mentorshipId,
    externalId: "LYA-26-X001",
    mentorId: mentor.participant.id,
    menteeId: mentee.participant.id,
    matchedOn: "2026-01-15",
    createdAt: new Date("2026-01-15T17:00:00Z"),
  });

  addMatchingResponse(builder, catalog, mentor.participant, mentor.profile, mentorship, new Date("2026-01-05T18:00:00Z"));
  addMatchingResponse(builder, catalog, mentee.participant, mentee.profile, mentorship, new Date("2026-01-07T23:20:00Z"));
  const conversation = addConversation(builder, mentorship, {
    id: fixture.conversationId,
    occurredAt: new Date("2026-02-03T22:00:00Z"),
    medium: ConversationMedium.IN_PERSON,
    durationMinutes: 50,
    topics: ["Homework", "College planning"],
    source: ConversationSource.POST_SESSION_SURVEY,
    loggedByRole: ParticipantRole.MENTOR,
  });
  addPostSessionResponse(
    builder,
    catalog,
    mentor.participant,
    mentorship,
    conversation,
    new Date("2026-02-04T01:00:00Z"),
    { rating: 4, minutes: 50, wentWell: "We mapped out the college application deadlines together.", staffNote: null },
    fixture.responseId,
  );
  addFlag(builder, catalog, {
    id: fixture.flagId,
    mentorship,
    subject: mentee.participant,
    reporter: mentor.participant,
    channel: FlagChannel.POST_SESSION_SURVEY,
    category: "financial_concerns",
    urgent: false,
    description: "Mentee worries the family cannot cover the college application fees.",
    reportedAt: new Date("2026-02-04T01:05:00Z"),
    status: FlagStatus.OPEN,
    firstResponseAt: null,
    resolvedAt: null,
    assigneeId: null,
    resolutionReason: null,
    resolutionNote: null,
  });
}

/** Adds every planted case of demo-fixtures.ts. */
export function addHardCases(context: HardCaseContext): void {
  addHardCasePair(context);
  addEmptyPair(context);
  addLargePair(context);
  addOtherPartnerPair(context);
}
