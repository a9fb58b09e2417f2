import type { FlagCategory } from "../flag/flag-category.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import type { Participant } from "../participant/participant.entity";
import type { Partner } from "../partner/partner.entity";
import type { Program } from "../partner/program.entity";
import type { StaffUser } from "../auth/staff-user.entity";
import type { SurveyQuestion } from "../survey/survey-question.entity";
import { LifeExperience } from "../participant/life-experience.enum";
import {
  ConversationSource,
  FlagStatus,
  QuestionKind,
  type SurveyWithQuestions,
  SurveyType,
  type TestFactory,
} from "./factories";

/** A program with the three kinds of survey, flag categories and custom attributes, as a real partner configures it. */
export interface ProgramSetup {
  factory: TestFactory;
  partner: Partner;
  program: Program;
  staff: StaffUser;
  matching: SurveyWithQuestions & { interests: SurveyQuestion; frequency: SurveyQuestion; notes: SurveyQuestion };
  assessment: SurveyWithQuestions & { belonging1: SurveyQuestion; belonging2: SurveyQuestion; efficacy: SurveyQuestion };
  postSession: SurveyWithQuestions & { rating: SurveyQuestion; topics: SurveyQuestion; takeaway: SurveyQuestion; anythingElse: SurveyQuestion };
  categories: { wellbeing: FlagCategory; academics: FlagCategory };
  attributes: { college: CustomAttributeDefinition; advisor: CustomAttributeDefinition; scholarship: CustomAttributeDefinition };
}

/** Creates a program of `partner` with its surveys, categories and attribute definitions. */
export async function createProgramSetup(factory: TestFactory, partner: Partner, programName = "First-Year Mentoring"): Promise<ProgramSetup> {
  const program = await factory.program(partner, { name: programName });
  const staff = await factory.staffUser(partner, { displayName: "Avery Staff" });

  const matching = await factory.survey(program, SurveyType.MATCHING, [
    { prompt: "Which interests do you have?", kind: QuestionKind.MULTIPLE_CHOICE, comparable: true, required: true, options: ["Music", "Hiking", "Chess", "Art"] },
    { prompt: "How often would you like to meet?", kind: QuestionKind.SINGLE_CHOICE, comparable: true, required: true, options: ["Weekly", "Every two weeks"] },
    { prompt: "Anything else we should know?", kind: QuestionKind.OPEN_TEXT },
  ]);
  const assessment = await factory.survey(
    program,
    SurveyType.ASSESSMENT,
    [
      { prompt: "I feel I belong at this college.", kind: QuestionKind.LIKERT, required: true, area: "Sense of belonging" },
      { prompt: "People here care about me.", kind: QuestionKind.LIKERT, required: true, area: "Sense of belonging" },
      { prompt: "I can master my courses.", kind: QuestionKind.LIKERT, required: true, area: "Academic self-efficacy" },
    ],
    { wave: "Mid-program", title: "Mid-program assessment" },
  );
  const postSession = await factory.survey(
    program,
    SurveyType.POST_SESSION,
    [
      { prompt: "How would you rate this session?", kind: QuestionKind.RATING, required: true, highlight: true },
      { prompt: "What did you talk about?", kind: QuestionKind.OPEN_TEXT, required: true },
      { prompt: "What was your main takeaway?", kind: QuestionKind.OPEN_TEXT },
      { prompt: "Anything else to share?", kind: QuestionKind.OPEN_TEXT },
    ],
    { title: "After your session" },
  );

  return {
    factory,
    partner,
    program,
    staff,
    matching: { ...matching, interests: matching.questions[0], frequency: matching.questions[1], notes: matching.questions[2] },
    assessment: { ...assessment, belonging1: assessment.questions[0], belonging2: assessment.questions[1], efficacy: assessment.questions[2] },
    postSession: {
      ...postSession,
      rating: postSession.questions[0],
      topics: postSession.questions[1],
      takeaway: postSession.questions[2],
      anythingElse: postSession.questions[3],
    },
    categories: {
      wellbeing: await factory.flagCategory(program, { key: "wellbeing", label: "Mental health and wellbeing" }),
      academics: await factory.flagCategory(program, { key: "academics", label: "Academic struggles" }),
    },
    attributes: {
      college: await factory.customAttributeDefinition(program, { key: "college", label: "College", comparable: true, position: 1 }),
      advisor: await factory.customAttributeDefinition(program, { key: "advisor", label: "Advisor", comparable: true, position: 2 }),
      scholarship: await factory.customAttributeDefinition(program, { key: "scholarship", label: "Scholarship", comparable: false, position: 3 }),
    },
  };
}

/** How much of each kind of row a generated pair gets. */
export interface PairSize {
  /** Post-session responses, every one with an answered optional question; the pair also gets one matching and one assessment response each. */
  postSessionResponses: number;
  conversations: number;
  flags: number;
}

export interface GeneratedPair {
  mentor: Participant;
  mentee: Participant;
  mentorship: Mentorship;
  flags: PriorityFlag[];
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Creates a pair with the given number of rows of each kind and every kind of related row
 * (goals, life experiences, attributes, answers, assigned flags), so that two pairs of
 * different sizes ask the API for the same kinds of data.
 */
export async function createGeneratedPair(setup: ProgramSetup, size: PairSize, start = new Date("2024-09-02T12:00:00Z")): Promise<GeneratedPair> {
  const { factory, program } = setup;
  const mentor = await factory.mentor(program);
  const mentee = await factory.mentee(program);
  const mentorship = await factory.mentorship(program, mentor, mentee);
  await factory.goals(mentee, ["Explore careers", "Build a network"]);
  await factory.lifeExperiences(mentor, [LifeExperience.FIRST_GENERATION_STUDENT]);
  await factory.lifeExperiences(mentee, [LifeExperience.FIRST_GENERATION_STUDENT]);
  await factory.customAttributeValue(mentor, setup.attributes.college, "Engineering");
  await factory.customAttributeValue(mentee, setup.attributes.college, "Engineering");

  const at = (index: number) => new Date(start.getTime() + index * HOUR_MS);
  for (const person of [mentor, mentee]) {
    await factory.response(setup.matching.survey, person, { mentorship, submittedAt: at(0), answers: [[setup.matching.interests, { choices: ["Music"] }]] });
    await factory.response(setup.assessment.survey, person, {
      mentorship,
      submittedAt: at(1),
      answers: [
        [setup.assessment.belonging1, { number: 4 }],
        [setup.assessment.efficacy, { number: 3 }],
      ],
    });
  }
  for (let index = 0; index < size.postSessionResponses; index += 1) {
    await factory.response(setup.postSession.survey, index % 2 === 0 ? mentor : mentee, {
      mentorship,
      submittedAt: at(10 + index),
      answers: [
        [setup.postSession.rating, { number: 1 + (index % 5) }],
        [setup.postSession.topics, { text: `Session ${index}` }],
        [setup.postSession.takeaway, { text: `Takeaway ${index}` }],
      ],
    });
  }
  for (let index = 0; index < size.conversations; index += 1) {
    await factory.conversation(mentorship, { occurredAt: at(10 + index), source: index % 2 === 0 ? ConversationSource.POST_SESSION_SURVEY : ConversationSource.CHECK_IN });
  }

  const flags: PriorityFlag[] = [];
  for (let index = 0; index < size.flags; index += 1) {
    flags.push(
      await factory.flag(mentorship, index % 2 === 0 ? setup.categories.wellbeing : setup.categories.academics, {
        reportedAt: at(20 + index),
        status: index % 3 === 0 ? FlagStatus.OPEN : FlagStatus.RESOLVED,
        assigneeId: setup.staff.id,
      }),
    );
  }

  return { mentor, mentee, mentorship, flags };
}
