import { createHash } from "node:crypto";
import { isIdOfKind, type IdKind } from "../common/ids";
import { ConversationSource } from "../conversation/conversation-enums";
import { FlagChannel, FlagStatus } from "../flag/flag-enums";
import { MentorshipStatus, UnmatchReason } from "../mentorship/mentorship-enums";
import { ParticipantRole } from "../participant/participant-role.enum";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { DEMO_NOW } from "./demo-calendar";
import { ASSESSMENT_WAVES, FLAG_CATEGORY_KEYS } from "./demo-catalog";
import { generateDemoData, type DemoData } from "./demo-data";
import { DEMO_FIXTURES, DEMO_TRICKY_TEXTS } from "./demo-fixtures";
import { LONG_ANSWER_MIN_LENGTH } from "./demo-texts";

function digest(data: DemoData): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

/** Rows that belong to one mentorship. */
function mentorshipRows(data: DemoData, mentorshipId: string) {
  const responses = data.surveyResponses.filter((response) => response.mentorshipId === mentorshipId);
  const responseIds = new Set(responses.map((response) => response.id));

  return {
    mentorship: data.mentorships.find((mentorship) => mentorship.id === mentorshipId),
    conversations: data.conversations.filter((conversation) => conversation.mentorshipId === mentorshipId),
    flags: data.priorityFlags.filter((flag) => flag.mentorshipId === mentorshipId),
    responses,
    answers: data.surveyAnswers.filter((answer) => responseIds.has(answer.responseId)),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  }

  return counts;
}

/** Post-session responses with at least one open-text answer, which the highlights table lists. */
function postSessionWithOpenText(data: DemoData, mentorshipId: string): number {
  const openTextQuestions = new Set(data.surveyQuestions.filter((question) => question.kind === QuestionKind.OPEN_TEXT).map((question) => question.id));
  const { responses, answers } = mentorshipRows(data, mentorshipId);
  const withText = new Set(answers.filter((answer) => openTextQuestions.has(answer.questionId)).map((answer) => answer.responseId));

  return responses.filter((response) => response.surveyType === SurveyType.POST_SESSION && withText.has(response.id)).length;
}

function highlightedResponses(data: DemoData, mentorshipId: string): number {
  const { responses } = mentorshipRows(data, mentorshipId);
  const alwaysListed = responses.filter((response) => response.surveyType !== SurveyType.POST_SESSION).length;

  return alwaysListed + postSessionWithOpenText(data, mentorshipId);
}

/** Computes what a mentor and mentee have in common from the rows, as the product defines it. */
function inCommon(data: DemoData, mentorshipId: string) {
  const { mentorship, responses, answers } = mentorshipRows(data, mentorshipId);
  if (!mentorship) {
    throw new Error(`Mentorship ${mentorshipId} not found`);
  }
  const experiencesOf = (participantId: string) =>
    data.participantLifeExperiences.filter((row) => row.participantId === participantId).map((row) => row.experience);
  const mentorExperiences = experiencesOf(mentorship.mentorId);
  const comparableQuestions = new Set(data.surveyQuestions.filter((question) => question.comparable).map((question) => question.id));
  const choicesOf = (participantId: string) => {
    const responseIds = new Set(responses.filter((response) => response.respondentId === participantId && response.surveyType === SurveyType.MATCHING).map((response) => response.id));

    return answers.filter((answer) => responseIds.has(answer.responseId) && comparableQuestions.has(answer.questionId)).flatMap((answer) => answer.choiceValues ?? []);
  };
  const mentorChoices = choicesOf(mentorship.mentorId);
  const comparableDefinitions = new Map(data.customAttributeDefinitions.filter((definition) => definition.comparable).map((definition) => [definition.id, definition.key]));
  const valuesOf = (participantId: string) =>
    new Map(data.customAttributeValues.filter((row) => row.participantId === participantId && comparableDefinitions.has(row.definitionId)).map((row) => [row.definitionId, row.value]));
  const mentorValues = valuesOf(mentorship.mentorId);

  return {
    lifeExperiences: experiencesOf(mentorship.menteeId).filter((experience) => mentorExperiences.includes(experience)).sort(),
    matchingChoices: choicesOf(mentorship.menteeId).filter((choice) => mentorChoices.includes(choice)).sort(),
    customAttributes: [...valuesOf(mentorship.menteeId)]
      .filter(([definitionId, value]) => mentorValues.get(definitionId) === value)
      .map(([definitionId, value]) => ({ key: comparableDefinitions.get(definitionId), value })),
  };
}

function allOpenTexts(data: DemoData): string[] {
  return data.surveyAnswers.map((answer) => answer.textValue).filter((text): text is string => text !== null);
}

describe("generateDemoData", () => {
  const full = generateDemoData();
  const small = generateDemoData({ scale: 0.05 });

  test("same seed gives identical data", () => {
    const again = generateDemoData();

    expect(digest(again)).toBe(digest(full));
  });

  test("different seed gives different data", () => {
    const other = generateDemoData({ seed: 7 });

    expect(digest(other)).not.toBe(digest(full));
  });

  test("generation reads no clock or global randomness", () => {
    const random = jest.spyOn(Math, "random");
    const clock = jest.spyOn(Date, "now");

    generateDemoData({ scale: 0.05 });

    expect(random).not.toHaveBeenCalled();
    expect(clock).not.toHaveBeenCalled();
    random.mockRestore();
    clock.mockRestore();
  });

  test("scale 1 has about 1,000 Northfield participants and 500 pairs", () => {
    const northfieldParticipants = full.participants.filter((row) => row.partnerId === DEMO_FIXTURES.northfield.partnerId);
    const northfieldMentorships = full.mentorships.filter((row) => row.partnerId === DEMO_FIXTURES.northfield.partnerId);

    expect(northfieldParticipants.length).toBeGreaterThanOrEqual(950);
    expect(northfieldParticipants.length).toBeLessThanOrEqual(1100);
    expect(northfieldMentorships.length).toBeGreaterThanOrEqual(480);
    expect(northfieldMentorships.length).toBeLessThanOrEqual(520);
  });

  test("scale multiplies the generated counts", () => {
    const double = generateDemoData({ scale: 0.1 });

    expect(double.mentorships.length).toBeGreaterThan(small.mentorships.length * 1.5);
    expect(double.participants.length).toBeGreaterThan(small.participants.length * 1.5);
  });

  test("rejects an invalid scale, seed or now", () => {
    expect(() => generateDemoData({ scale: 0 })).toThrow("Invalid scale");
    expect(() => generateDemoData({ seed: -1 })).toThrow("Invalid seed");
    expect(() => generateDemoData({ now: new Date("2026-01-01T00:00:00Z") })).toThrow('Invalid "now"');
  });

  test("open answers rarely repeat verbatim", () => {
    const matchingResponses = new Set(full.surveyResponses.filter((row) => row.surveyType === SurveyType.MATCHING).map((row) => row.id));
    // A person with several mentorships repeats their matching answers, so those are left out.
    const texts = full.surveyAnswers.filter((answer) => answer.textValue !== null && !matchingResponses.has(answer.responseId)).map((answer) => answer.textValue);

    const distinctShare = new Set(texts).size / texts.length;

    expect(distinctShare).toBeGreaterThan(0.9);
  });

  test("fixture ids are well-formed typed ids", () => {
    const ids: Array<[IdKind, string]> = [
      ["partner", DEMO_FIXTURES.northfield.partnerId],
      ["partner", DEMO_FIXTURES.otherPartner.partnerId],
      ["program", DEMO_FIXTURES.northfield.firstYearProgramId],
      ["program", DEMO_FIXTURES.northfield.alumniProgramId],
      ["program", DEMO_FIXTURES.otherPartner.programId],
      ["staffUser", DEMO_FIXTURES.northfield.adminId],
      ["staffUser", DEMO_FIXTURES.northfield.analystId],
      ["staffUser", DEMO_FIXTURES.otherPartner.adminId],
      ["mentorship", DEMO_FIXTURES.hardCasePair.mentorshipId],
      ["mentorship", DEMO_FIXTURES.unmatchedPair.mentorshipId],
      ["mentorship", DEMO_FIXTURES.emptyPair.mentorshipId],
      ["mentorship", DEMO_FIXTURES.largePair.mentorshipId],
      ["mentorship", DEMO_FIXTURES.otherPartner.mentorshipId],
      ["participant", DEMO_FIXTURES.hardCasePair.mentorId],
      ["participant", DEMO_FIXTURES.hardCasePair.menteeId],
      ["participant", DEMO_FIXTURES.emptyPair.mentorId],
      ["participant", DEMO_FIXTURES.emptyPair.menteeId],
      ["participant", DEMO_FIXTURES.largePair.mentorId],
      ["participant", DEMO_FIXTURES.largePair.menteeId],
      ["participant", DEMO_FIXTURES.otherPartner.mentorId],
      ["participant", DEMO_FIXTURES.otherPartner.menteeId],
      ["conversation", DEMO_FIXTURES.hardCasePair.lastConversationId],
      ["conversation", DEMO_FIXTURES.otherPartner.conversationId],
      ["surveyResponse", DEMO_FIXTURES.hardCasePair.silentPostSessionResponseId],
      ["surveyResponse", DEMO_FIXTURES.otherPartner.responseId],
      ["priorityFlag", DEMO_FIXTURES.hardCasePair.flagIds.open],
      ["priorityFlag", DEMO_FIXTURES.hardCasePair.flagIds.inProgress],
      ["priorityFlag", DEMO_FIXTURES.hardCasePair.flagIds.resolved],
      ["priorityFlag", DEMO_FIXTURES.otherPartner.flagId],
    ];

    for (const [kind, id] of ids) {
      expect(isIdOfKind(kind, id)).toBe(true);
    }
  });

  describe.each([
    ["scale 1", full],
    ["scale 0.05", small],
  ])("at %s", (_label, data) => {
    test("primary keys are unique", () => {
      const tables = [
        data.partners,
        data.programs,
        data.staffUsers,
        data.participants,
        data.mentorships,
        data.surveys,
        data.surveyQuestions,
        data.surveyResponses,
        data.surveyAnswers,
        data.conversations,
        data.priorityFlags,
        data.priorityFlagEvents,
        data.flagCategories,
        data.customAttributeDefinitions,
      ];

      for (const rows of tables) {
        expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      }
      expect(new Set(data.participantGoals.map((row) => `${row.participantId}/${row.position}`)).size).toBe(data.participantGoals.length);
      expect(new Set(data.participantLifeExperiences.map((row) => `${row.participantId}/${row.experience}`)).size).toBe(data.participantLifeExperiences.length);
      expect(new Set(data.customAttributeValues.map((row) => `${row.participantId}/${row.definitionId}`)).size).toBe(data.customAttributeValues.length);
    });

    test("unique indexes hold", () => {
      const participantKeys = data.participants.filter((row) => row.externalId !== null).map((row) => `${row.programId}/${row.externalId}`);
      const mentorshipKeys = data.mentorships.filter((row) => row.externalId !== null).map((row) => `${row.programId}/${row.externalId}`);
      const answerKeys = data.surveyAnswers.map((row) => `${row.responseId}/${row.questionId}`);

      expect(new Set(participantKeys).size).toBe(participantKeys.length);
      expect(new Set(mentorshipKeys).size).toBe(mentorshipKeys.length);
      expect(new Set(answerKeys).size).toBe(answerKeys.length);
      expect(new Set(data.staffUsers.map((row) => row.email)).size).toBe(data.staffUsers.length);
      expect(new Set(data.participants.map((row) => row.email).filter(Boolean)).size).toBe(data.participants.filter((row) => row.email).length);
    });

    test("references stay within one partner", () => {
      const partnerOf = new Map<string, string>();
      const owners = [
        data.programs,
        data.participants,
        data.mentorships,
        data.surveys,
        data.surveyQuestions,
        data.surveyResponses,
        data.flagCategories,
        data.customAttributeDefinitions,
        data.staffUsers,
      ];
      for (const row of owners.flat()) {
        partnerOf.set(row.id, row.partnerId);
      }
      const references: Array<[string, string | null]> = [
        ...data.mentorships.flatMap((row) => [[row.partnerId, row.mentorId], [row.partnerId, row.menteeId], [row.partnerId, row.programId]] as Array<[string, string]>),
        ...data.surveyResponses.flatMap((row) => [[row.partnerId, row.respondentId], [row.partnerId, row.mentorshipId], [row.partnerId, row.surveyId]] as Array<[string, string | null]>),
        ...data.surveyAnswers.flatMap((row) => [[row.partnerId, row.responseId], [row.partnerId, row.questionId]] as Array<[string, string]>),
        ...data.conversations.flatMap((row) => [[row.partnerId, row.mentorshipId], [row.partnerId, row.surveyResponseId]] as Array<[string, string | null]>),
        ...data.priorityFlags.flatMap((row) =>
          [row.subjectId, row.reportedById, row.mentorshipId, row.categoryId, row.assigneeId].map((id): [string, string | null] => [row.partnerId, id]),
        ),
        ...data.customAttributeValues.flatMap((row) => [[row.partnerId, row.participantId], [row.partnerId, row.definitionId]] as Array<[string, string]>),
      ];

      const broken = references.filter(([partnerId, id]) => id !== null && partnerOf.get(id) !== partnerId);

      expect(broken).toEqual([]);
    });

    test("every instant lies before now", () => {
      const instants = [
        ...data.participants.flatMap((row) => [row.createdAt, row.updatedAt]),
        ...data.mentorships.flatMap((row) => [row.createdAt, row.updatedAt]),
        ...data.surveyResponses.map((row) => row.submittedAt),
        ...data.conversations.map((row) => row.occurredAt),
        ...data.priorityFlags.flatMap((row) => [row.reportedAt, row.firstResponseAt, row.resolvedAt, row.updatedAt]),
      ].filter((instant): instant is Date => instant !== null);

      const late = instants.filter((instant) => instant >= DEMO_NOW);

      expect(late).toEqual([]);
    });

    test("mentorships agree with their status", () => {
      const unmatched = (row: (typeof data.mentorships)[number]) => row.status === MentorshipStatus.UNMATCHED;

      const badDates = data.mentorships.filter((row) => !/^\d{4}-\d{2}-\d{2}$/.test(row.matchedOn) || (row.unmatchedOn !== null && row.unmatchedOn <= row.matchedOn));
      const badUnmatch = data.mentorships.filter((row) => (row.unmatchedOn !== null) !== unmatched(row) || (row.unmatchReason !== null) !== unmatched(row));
      const badNotes = data.mentorships.filter((row) => (row.unmatchNote !== null) !== (row.unmatchReason === UnmatchReason.OTHER));

      expect(badDates).toEqual([]);
      expect(badUnmatch).toEqual([]);
      expect(badNotes).toEqual([]);
    });

    test("flags agree with their status", () => {
      const flags = data.priorityFlags;

      const badFirstResponse = flags.filter((flag) => (flag.firstResponseAt === null) !== (flag.status === FlagStatus.OPEN));
      const resolved = (flag: (typeof flags)[number]) => flag.status === FlagStatus.RESOLVED;
      const badResolution = flags.filter((flag) => (flag.resolvedAt !== null) !== resolved(flag) || (flag.resolutionReason !== null) !== resolved(flag));
      const unassignedInWork = flags.filter((flag) => flag.status !== FlagStatus.OPEN && flag.assigneeId === null);
      const outOfOrder = flags.filter(
        (flag) => (flag.firstResponseAt && flag.firstResponseAt < flag.reportedAt) || (flag.resolvedAt && flag.firstResponseAt && flag.resolvedAt < flag.firstResponseAt),
      );

      expect(badFirstResponse).toEqual([]);
      expect(badResolution).toEqual([]);
      expect(unassignedInWork).toEqual([]);
      expect(outOfOrder).toEqual([]);
    });

    test("flag histories agree with their flags", () => {
      const eventsByFlag = new Map<string, typeof data.priorityFlagEvents>();
      for (const event of data.priorityFlagEvents) {
        eventsByFlag.set(event.flagId, [...(eventsByFlag.get(event.flagId) ?? []), event]);
      }
      const history = (flagId: string) =>
        [...(eventsByFlag.get(flagId) ?? [])].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id));

      const openWithHistory = data.priorityFlags.filter((flag) => flag.status === FlagStatus.OPEN && history(flag.id).length > 0);
      const workedWithoutHistory = data.priorityFlags.filter((flag) => flag.status !== FlagStatus.OPEN && history(flag.id).length === 0);
      const wrongEnd = data.priorityFlags.filter((flag) => {
        const events = history(flag.id);
        return events.length > 0 && events[events.length - 1].toStatus !== flag.status;
      });
      const brokenChain = data.priorityFlags.filter((flag) =>
        history(flag.id).some((event, index, events) => index > 0 && event.fromStatus !== events[index - 1].toStatus),
      );
      const wrongFirstResponse = data.priorityFlags.filter((flag) => history(flag.id)[0] && history(flag.id)[0].occurredAt.getTime() !== flag.firstResponseAt?.getTime());
      const wrongPartner = data.priorityFlagEvents.filter((event) => data.priorityFlags.find((flag) => flag.id === event.flagId)?.partnerId !== event.partnerId);

      expect(openWithHistory).toEqual([]);
      expect(workedWithoutHistory).toEqual([]);
      expect(wrongEnd).toEqual([]);
      expect(brokenChain).toEqual([]);
      expect(wrongFirstResponse).toEqual([]);
      expect(wrongPartner).toEqual([]);
    });

    test("assignees are staff of the same partner", () => {
      const staffPartner = new Map(data.staffUsers.map((user) => [user.id, user.partnerId]));

      for (const flag of data.priorityFlags.filter((row) => row.assigneeId !== null)) {
        expect(staffPartner.get(flag.assigneeId as string)).toBe(flag.partnerId);
      }
    });

    test("post-session responses and survey conversations pair one to one", () => {
      const postSession = data.surveyResponses.filter((row) => row.surveyType === SurveyType.POST_SESSION);
      const linked = data.conversations.filter((row) => row.surveyResponseId !== null);

      expect(linked.map((row) => row.surveyResponseId).sort()).toEqual(postSession.map((row) => row.id).sort());
      expect(linked.every((row) => row.source === ConversationSource.POST_SESSION_SURVEY)).toBe(true);
      expect(data.conversations.filter((row) => row.source === ConversationSource.POST_SESSION_SURVEY)).toHaveLength(linked.length);
    });

    test("answers fill the field of their question kind", () => {
      const questions = new Map(data.surveyQuestions.map((question) => [question.id, question]));
      const kindOf = (answer: (typeof data.surveyAnswers)[number]) => questions.get(answer.questionId)?.kind;
      const scored = data.surveyAnswers.filter((answer) => kindOf(answer) === QuestionKind.LIKERT || kindOf(answer) === QuestionKind.RATING);

      const notOneValue = data.surveyAnswers.filter((answer) => [answer.textValue, answer.numberValue, answer.choiceValues, answer.dateValue].filter((value) => value !== null).length !== 1);
      const outOfScale = scored.filter((answer) => answer.numberValue === null || answer.numberValue < 1 || answer.numberValue > 5);
      const singleWithSeveral = data.surveyAnswers.filter((answer) => kindOf(answer) === QuestionKind.SINGLE_CHOICE && answer.choiceValues?.length !== 1);
      const unknownChoice = data.surveyAnswers.filter((answer) => answer.choiceValues?.some((choice) => !questions.get(answer.questionId)?.options.includes(choice)));

      expect(notOneValue).toEqual([]);
      expect(outOfScale).toEqual([]);
      expect(singleWithSeveral).toEqual([]);
      expect(unknownChoice).toEqual([]);
    });

    test("every enum value occurs", () => {
      const reasons = new Set(data.mentorships.map((row) => row.unmatchReason));
      const sources = new Set(data.conversations.map((row) => row.source));
      const statuses = new Set(data.priorityFlags.map((row) => row.status));
      const channels = new Set(data.priorityFlags.map((row) => row.channel));
      const categoryKeys = new Map(data.flagCategories.map((row) => [row.id, row.key]));
      const categories = new Set(data.priorityFlags.map((row) => categoryKeys.get(row.categoryId)));
      const urgency = new Set(data.priorityFlags.map((row) => row.urgent));

      expect([...reasons].filter(Boolean).sort()).toEqual(Object.values(UnmatchReason).sort());
      expect([...sources].sort()).toEqual(Object.values(ConversationSource).sort());
      expect([...statuses].sort()).toEqual(Object.values(FlagStatus).sort());
      expect([...channels].sort()).toEqual(Object.values(FlagChannel).sort());
      expect([...categories].sort()).toEqual([...FLAG_CATEGORY_KEYS].sort());
      expect([...urgency].sort()).toEqual([false, true]);
    });

    test("every survey type and wave has responses from both roles", () => {
      const surveys = new Map(data.surveys.map((survey) => [survey.id, survey]));
      const seen = new Set(data.surveyResponses.map((row) => `${surveys.get(row.surveyId)?.type}/${surveys.get(row.surveyId)?.wave}/${row.respondentRole}`));

      for (const role of Object.values(ParticipantRole)) {
        expect(seen).toContain(`${SurveyType.MATCHING}/null/${role}`);
        expect(seen).toContain(`${SurveyType.POST_SESSION}/null/${role}`);
        for (const wave of ASSESSMENT_WAVES) {
          expect(seen).toContain(`${SurveyType.ASSESSMENT}/${wave}/${role}`);
        }
      }
    });

    test("open answers include multi-line, long and tricky texts", () => {
      const texts = allOpenTexts(data);

      expect(texts.some((text) => text.includes("\n"))).toBe(true);
      expect(texts.some((text) => text.length >= LONG_ANSWER_MIN_LENGTH)).toBe(true);
      for (const tricky of [DEMO_TRICKY_TEXTS.formula, DEMO_TRICKY_TEXTS.plusSign, DEMO_TRICKY_TEXTS.doubleDash, DEMO_TRICKY_TEXTS.atSign, DEMO_TRICKY_TEXTS.commasAndQuotes]) {
        expect(texts).toContain(tricky);
      }
    });

    test("participants with hard names and missing fields exist", () => {
      const byId = new Map(data.participants.map((row) => [row.id, row]));

      expect(byId.get(DEMO_FIXTURES.hardCasePair.mentorId)).toMatchObject(DEMO_FIXTURES.hardCasePair.mentor);
      expect(byId.get(DEMO_FIXTURES.hardCasePair.menteeId)).toMatchObject(DEMO_FIXTURES.hardCasePair.mentee);
      expect(byId.get(DEMO_FIXTURES.emptyPair.mentorId)).toMatchObject(DEMO_FIXTURES.emptyPair.mentor);
      expect(byId.get(DEMO_FIXTURES.emptyPair.menteeId)).toMatchObject(DEMO_FIXTURES.emptyPair.mentee);
      expect(byId.get(DEMO_FIXTURES.largePair.mentorId)).toMatchObject(DEMO_FIXTURES.largePair.mentor);
      expect(byId.get(DEMO_FIXTURES.largePair.menteeId)).toMatchObject(DEMO_FIXTURES.largePair.mentee);
      expect(byId.get(DEMO_FIXTURES.noPictureParticipantId)?.pictureUrl).toBeNull();
      expect(byId.get(DEMO_FIXTURES.noPhoneParticipantId)?.phone).toBeNull();
    });

    test("pictures are local avatars and contacts are reserved examples", () => {
      const badPictures = data.participants.filter((row) => row.pictureUrl !== null && !/^\/avatars\/\d+\.svg$/.test(row.pictureUrl));
      const badEmails = data.participants.filter((row) => row.email !== null && !/@example\.(edu|org)$/.test(row.email));
      const badPhones = data.participants.filter((row) => row.phone !== null && !/^\+1555\d{7}$/.test(row.phone));

      expect(badPictures).toEqual([]);
      expect(badEmails).toEqual([]);
      expect(badPhones).toEqual([]);
    });

    test("hard-case pair has its planted numbers", () => {
      const fixture = DEMO_FIXTURES.hardCasePair;
      const rows = mentorshipRows(data, fixture.mentorshipId);
      const lastConversation = [...rows.conversations].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];

      expect(rows.mentorship).toMatchObject({ matchedOn: fixture.matchedOn, status: MentorshipStatus.MATCHED, createdAt: new Date(fixture.createdAt) });
      expect(rows.conversations).toHaveLength(fixture.conversationCount);
      expect(countBy(rows.conversations, (row) => row.source)).toEqual(fixture.conversationCountBySource);
      expect(lastConversation.id).toBe(fixture.lastConversationId);
      expect(lastConversation.occurredAt).toEqual(new Date(fixture.lastConversationAt));
      expect(rows.flags).toHaveLength(fixture.flagCount);
      expect(rows.flags.map((flag) => flag.id).sort()).toEqual(Object.values(fixture.flagIds).sort());
      expect(rows.responses).toHaveLength(fixture.responseCount);
      expect(countBy(rows.responses, (row) => row.surveyType)).toEqual(fixture.responseCountByType);
      expect(postSessionWithOpenText(data, fixture.mentorshipId)).toBe(fixture.postSessionWithOpenTextCount);
      expect(highlightedResponses(data, fixture.mentorshipId)).toBe(fixture.highlightedResponseCount);
    });

    test("hard-case pair has a silent post-session response", () => {
      const fixture = DEMO_FIXTURES.hardCasePair;
      const openTextQuestions = new Set(data.surveyQuestions.filter((question) => question.kind === QuestionKind.OPEN_TEXT).map((question) => question.id));

      const answers = data.surveyAnswers.filter((answer) => answer.responseId === fixture.silentPostSessionResponseId);

      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((answer) => openTextQuestions.has(answer.questionId))).toEqual([]);
    });

    test("hard-case pair has the planted things in common", () => {
      const fixture = DEMO_FIXTURES.hardCasePair;

      const common = inCommon(data, fixture.mentorshipId);

      expect(common.lifeExperiences).toEqual([...fixture.inCommon.lifeExperiences].sort());
      expect(common.matchingChoices).toEqual([...fixture.inCommon.matchingChoices]);
      expect(common.customAttributes).toEqual(fixture.inCommon.customAttributes);
    });

    test("hard-case mentee has her goals in order", () => {
      const fixture = DEMO_FIXTURES.hardCasePair;

      const goals = data.participantGoals.filter((row) => row.participantId === fixture.menteeId).sort((a, b) => a.position - b.position);

      expect(goals.map((row) => row.goal)).toEqual(fixture.menteeGoals);
    });

    test("unmatched pair ended for another reason with a note", () => {
      const fixture = DEMO_FIXTURES.unmatchedPair;

      const rows = mentorshipRows(data, fixture.mentorshipId);

      expect(rows.mentorship).toMatchObject({
        status: MentorshipStatus.UNMATCHED,
        unmatchReason: fixture.unmatchReason,
        unmatchedOn: fixture.unmatchedOn,
        unmatchNote: DEMO_TRICKY_TEXTS.unmatchNote,
      });
      expect(rows.conversations).toHaveLength(fixture.conversationCount);
    });

    test("empty pair has no activity", () => {
      const rows = mentorshipRows(data, DEMO_FIXTURES.emptyPair.mentorshipId);

      expect(rows.mentorship?.status).toBe(MentorshipStatus.MATCHED);
      expect(rows.conversations).toEqual([]);
      expect(rows.responses).toEqual([]);
      expect(rows.flags).toEqual([]);
    });

    test("large pair has its planted numbers", () => {
      const fixture = DEMO_FIXTURES.largePair;

      const rows = mentorshipRows(data, fixture.mentorshipId);

      expect(rows.conversations).toHaveLength(fixture.conversationCount);
      expect(countBy(rows.conversations, (row) => row.source)).toEqual(fixture.conversationCountBySource);
      expect(rows.flags).toHaveLength(fixture.flagCount);
      expect(rows.responses).toHaveLength(fixture.responseCount);
      expect(countBy(rows.responses, (row) => row.surveyType)).toEqual(fixture.responseCountByType);
      expect(postSessionWithOpenText(data, fixture.mentorshipId)).toBe(fixture.postSessionWithOpenTextCount);
      expect(highlightedResponses(data, fixture.mentorshipId)).toBe(fixture.highlightedResponseCount);
    });

    test("other partner has its own fixture rows", () => {
      const fixture = DEMO_FIXTURES.otherPartner;

      const rows = mentorshipRows(data, fixture.mentorshipId);

      expect(rows.mentorship?.partnerId).toBe(fixture.partnerId);
      expect(rows.conversations.map((row) => row.id)).toEqual([fixture.conversationId]);
      expect(rows.responses.map((row) => row.id)).toContain(fixture.responseId);
      expect(rows.flags.map((row) => row.id)).toEqual([fixture.flagId]);
      expect(data.participants.find((row) => row.id === fixture.menteeId)?.lastName).toBe(fixture.menteeLastName);
    });

    test("staff users exist for both partners", () => {
      const staff = new Map(data.staffUsers.map((user) => [user.email, user]));

      expect(staff.get(DEMO_FIXTURES.northfield.adminEmail)).toMatchObject({ role: "ADMIN", partnerId: DEMO_FIXTURES.northfield.partnerId });
      expect(staff.get(DEMO_FIXTURES.northfield.analystEmail)).toMatchObject({ role: "ANALYST", partnerId: DEMO_FIXTURES.northfield.partnerId });
      expect(staff.get(DEMO_FIXTURES.otherPartner.adminEmail)).toMatchObject({ role: "ADMIN", partnerId: DEMO_FIXTURES.otherPartner.partnerId });
    });
  });
});
