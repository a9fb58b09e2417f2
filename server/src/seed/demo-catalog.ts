import { StaffRole } from "../auth/staff-role.enum";
import { ConversationMedium } from "../conversation/conversation-enums";
import type { FlagCategory } from "../flag/flag-category.entity";
import type { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeSource, CustomAttributeValueType } from "../participant/custom-attribute-enums";
import type { Partner } from "../partner/partner.entity";
import type { Program } from "../partner/program.entity";
import type { SurveyQuestion } from "../survey/survey-question.entity";
import type { Survey } from "../survey/survey.entity";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { instantOn } from "./demo-calendar";
import type { DemoDataBuilder, DemoStaffUser } from "./demo-data-builder";
import { DEMO_FIXTURES, DEMO_PASSWORD } from "./demo-fixtures";

/** The kinds of program in the demo, which decide who takes part and what they talk about. */
export type ProgramKind = "firstYear" | "alumni" | "youth";

export const FLAG_CATEGORY_KEYS = [
  "mental_health",
  "academic_struggles",
  "financial_concerns",
  "basic_needs",
  "considering_leaving",
  "other",
] as const;

export type FlagCategoryKey = (typeof FLAG_CATEGORY_KEYS)[number];

const FLAG_CATEGORY_LABELS: Record<FlagCategoryKey, string> = {
  mental_health: "Mental health",
  academic_struggles: "Academic struggles",
  financial_concerns: "Financial concerns",
  basic_needs: "Basic needs (housing, food)",
  considering_leaving: "Considering leaving",
  other: "Other",
};

/** Options of the post-session "How did you meet?" question, one per conversation medium. */
export const MEDIUM_LABELS: Record<ConversationMedium, string> = {
  VIDEO: "Video call",
  PHONE: "Phone call",
  TEXT_OR_EMAIL: "Text or email",
  IN_PERSON: "In person",
};

export const ASSESSMENT_WAVES = ["Baseline", "Mid-program", "End of program"] as const;

export type AssessmentWave = (typeof ASSESSMENT_WAVES)[number];

export const ASSESSMENT_AREAS = ["Sense of belonging", "Academic self-efficacy", "Career readiness"] as const;

export interface MatchingSurvey {
  survey: Survey;
  goals: SurveyQuestion;
  frequency: SurveyQuestion;
  hobbies: SurveyQuestion;
  hope: SurveyQuestion;
}

export interface AssessmentSurvey {
  survey: Survey;
  wave: AssessmentWave;
  items: SurveyQuestion[];
  comment: SurveyQuestion;
}

export interface PostSessionSurvey {
  survey: Survey;
  date: SurveyQuestion;
  medium: SurveyQuestion;
  topics: SurveyQuestion;
  rating: SurveyQuestion;
  minutes: SurveyQuestion;
  wentWell: SurveyQuestion;
  staffNote: SurveyQuestion;
}

/** Everything about one program that the generators need to create its people and activity. */
export interface ProgramCatalog {
  kind: ProgramKind;
  partner: Partner;
  program: Program;
  flagCategories: Record<FlagCategoryKey, FlagCategory>;
  attributes: Map<string, CustomAttributeDefinition>;
  matching: MatchingSurvey;
  assessments: AssessmentSurvey[];
  postSession: PostSessionSurvey;
  goalOptions: readonly string[];
  hobbyOptions: readonly string[];
  topicOptions: readonly string[];
  /** Staff who take on flags. */
  assignees: DemoStaffUser[];
}

export interface DemoCatalog {
  firstYear: ProgramCatalog;
  alumni: ProgramCatalog;
  youth: ProgramCatalog;
}

const FREQUENCY_OPTIONS = ["Weekly", "Every two weeks", "Monthly", "As needed"];

const HOBBY_OPTIONS = [
  "Hiking",
  "Cooking",
  "Video games",
  "Music",
  "Visual arts",
  "Reading",
  "Team sports",
  "Volunteering",
  "Travel",
  "Photography",
  "Board games",
  "Theater",
];

const GOAL_OPTIONS: Record<ProgramKind, readonly string[]> = {
  firstYear: [
    "Academic success",
    "Navigate campus resources",
    "Develop confidence",
    "Build a professional network",
    "Explore careers",
    "Find internships",
    "Improve study habits",
    "Balance school and work",
  ],
  alumni: [
    "Explore careers",
    "Build a professional network",
    "Find internships",
    "Prepare for job interviews",
    "Develop confidence",
    "Strengthen my résumé",
    "Prepare for graduate school",
  ],
  youth: ["Academic success", "Develop confidence", "Explore careers", "Plan for college", "Find a summer job", "Build a professional network"],
};

const TOPIC_OPTIONS: Record<ProgramKind, readonly string[]> = {
  firstYear: [
    "Academics",
    "Study skills",
    "Time management",
    "Campus resources",
    "Financial aid",
    "Wellbeing",
    "Friendships and belonging",
    "Career exploration",
  ],
  alumni: [
    "Career exploration",
    "Résumé review",
    "Interview practice",
    "Networking",
    "Internship search",
    "Industry insights",
    "Graduate school",
    "Work-life balance",
  ],
  youth: ["School", "Homework", "College planning", "Summer jobs", "Family", "Sports and activities", "Wellbeing"],
};

interface AttributeSpec {
  key: string;
  label: string;
  valueType: CustomAttributeValueType;
  source: CustomAttributeSource;
  comparable?: boolean;
  identifying?: boolean;
}

const NORTHFIELD_ATTRIBUTES: AttributeSpec[] = [
  { key: "college", label: "College", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.INSTITUTION, comparable: true },
  { key: "advisor", label: "Academic advisor", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.INSTITUTION, identifying: true },
  { key: "scholarship", label: "Scholarship", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.INSTITUTION },
  { key: "pell_eligible", label: "Pell eligible", valueType: CustomAttributeValueType.BOOLEAN, source: CustomAttributeSource.INSTITUTION },
  { key: "club", label: "Club", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.SURVEY, comparable: true },
  { key: "hometown_region", label: "Hometown region", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.SURVEY },
  { key: "credits_completed", label: "Credits completed", valueType: CustomAttributeValueType.NUMBER, source: CustomAttributeSource.INSTITUTION },
  { key: "enrolled_on", label: "Enrollment date", valueType: CustomAttributeValueType.DATE, source: CustomAttributeSource.INSTITUTION },
];

const LAKESHORE_ATTRIBUTES: AttributeSpec[] = [
  { key: "school", label: "School", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.INSTITUTION, comparable: true },
  { key: "neighborhood", label: "Neighborhood", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.SURVEY, identifying: true },
  { key: "grade", label: "Grade", valueType: CustomAttributeValueType.NUMBER, source: CustomAttributeSource.INSTITUTION },
  { key: "favorite_activity", label: "Favorite activity", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.SURVEY, comparable: true },
];

interface QuestionSpec {
  prompt: string;
  kind: QuestionKind;
  required?: boolean;
  highlight?: boolean;
  comparable?: boolean;
  area?: string;
  options?: readonly string[];
}

function addSurvey(builder: DemoDataBuilder, program: Program, type: SurveyType, title: string, wave: string | null = null): Survey {
  const survey: Survey = { id: builder.newId("survey"), partnerId: program.partnerId, programId: program.id, type, title, wave };
  builder.data.surveys.push(survey);

  return survey;
}

function addQuestion(builder: DemoDataBuilder, survey: Survey, spec: QuestionSpec): SurveyQuestion {
  const position = builder.data.surveyQuestions.filter((question) => question.surveyId === survey.id).length + 1;
  const question: SurveyQuestion = {
    id: builder.newId("surveyQuestion"),
    partnerId: survey.partnerId,
    surveyId: survey.id,
    position,
    prompt: spec.prompt,
    kind: spec.kind,
    required: spec.required ?? false,
    highlight: spec.highlight ?? false,
    comparable: spec.comparable ?? false,
    area: spec.area ?? null,
    options: [...(spec.options ?? [])],
  };
  builder.data.surveyQuestions.push(question);

  return question;
}

function addMatchingSurvey(builder: DemoDataBuilder, program: Program, kind: ProgramKind): MatchingSurvey {
  const survey = addSurvey(builder, program, SurveyType.MATCHING, "Matching survey");

  return {
    survey,
    goals: addQuestion(builder, survey, {
      prompt: "Which goals do you want to work on in this mentorship?",
      kind: QuestionKind.MULTIPLE_CHOICE,
      required: true,
      highlight: true,
      options: GOAL_OPTIONS[kind],
    }),
    frequency: addQuestion(builder, survey, {
      prompt: "How often would you like to meet?",
      kind: QuestionKind.SINGLE_CHOICE,
      required: true,
      highlight: true,
      options: FREQUENCY_OPTIONS,
    }),
    hobbies: addQuestion(builder, survey, {
      prompt: "Which hobbies and interests do you enjoy?",
      kind: QuestionKind.MULTIPLE_CHOICE,
      comparable: true,
      options: HOBBY_OPTIONS,
    }),
    hope: addQuestion(builder, survey, { prompt: "What do you hope to get out of mentoring?", kind: QuestionKind.OPEN_TEXT }),
  };
}

function assessmentItems(kind: ProgramKind): Record<(typeof ASSESSMENT_AREAS)[number], string[]> {
  const place = kind === "youth" ? "in this program" : "at Northfield";
  const school = kind === "youth" ? "school" : "my courses";

  return {
    "Sense of belonging": [`I feel like I belong ${place}.`, "I have people I can turn to for support.", "I feel connected to other people in my program."],
    "Academic self-efficacy": [
      `I am confident I can succeed in ${school}.`,
      "I know how to get help when I struggle academically.",
      "I can manage my time to keep up with my work.",
    ],
    "Career readiness": [
      "I have a clear idea of the career paths open to me.",
      "I feel prepared to apply for internships or jobs.",
      "I know people who can help me with my career.",
    ],
  };
}

function addAssessmentSurvey(builder: DemoDataBuilder, program: Program, kind: ProgramKind, wave: AssessmentWave): AssessmentSurvey {
  const title = wave === "End of program" ? "End-of-program assessment" : `${wave} assessment`;
  const survey = addSurvey(builder, program, SurveyType.ASSESSMENT, title, wave);
  const items: SurveyQuestion[] = [];
  for (const [area, prompts] of Object.entries(assessmentItems(kind))) {
    for (const prompt of prompts) {
      // Likert items are not highlights themselves: a response row shows their area averages instead.
      items.push(addQuestion(builder, survey, { prompt, kind: QuestionKind.LIKERT, required: true, area }));
    }
  }
  const comment = addQuestion(builder, survey, {
    prompt: "Is there anything else you would like to share about your experience so far?",
    kind: QuestionKind.OPEN_TEXT,
  });

  return { survey, wave, items, comment };
}

function addPostSessionSurvey(builder: DemoDataBuilder, program: Program, kind: ProgramKind): PostSessionSurvey {
  const survey = addSurvey(builder, program, SurveyType.POST_SESSION, "Post-session survey");

  return {
    survey,
    date: addQuestion(builder, survey, { prompt: "When did you meet?", kind: QuestionKind.DATE, required: true }),
    medium: addQuestion(builder, survey, {
      prompt: "How did you meet?",
      kind: QuestionKind.SINGLE_CHOICE,
      required: true,
      options: Object.values(MEDIUM_LABELS),
    }),
    topics: addQuestion(builder, survey, {
      prompt: "What did you talk about?",
      kind: QuestionKind.MULTIPLE_CHOICE,
      required: true,
      options: TOPIC_OPTIONS[kind],
    }),
    rating: addQuestion(builder, survey, {
      prompt: "How would you rate this session overall?",
      kind: QuestionKind.RATING,
      required: true,
      highlight: true,
    }),
    minutes: addQuestion(builder, survey, { prompt: "About how many minutes did you meet?", kind: QuestionKind.NUMBER }),
    wentWell: addQuestion(builder, survey, { prompt: "What went well?", kind: QuestionKind.OPEN_TEXT }),
    staffNote: addQuestion(builder, survey, { prompt: "Anything you want program staff to know?", kind: QuestionKind.OPEN_TEXT }),
  };
}

function addFlagCategories(builder: DemoDataBuilder, program: Program): Record<FlagCategoryKey, FlagCategory> {
  const entries = FLAG_CATEGORY_KEYS.map((key) => {
    const category: FlagCategory = {
      id: builder.newId("flagCategory"),
      partnerId: program.partnerId,
      programId: program.id,
      key,
      label: FLAG_CATEGORY_LABELS[key],
    };
    builder.data.flagCategories.push(category);

    return [key, category] as const;
  });

  return Object.fromEntries(entries) as Record<FlagCategoryKey, FlagCategory>;
}

function addAttributeDefinitions(builder: DemoDataBuilder, program: Program, specs: AttributeSpec[]): Map<string, CustomAttributeDefinition> {
  const definitions = new Map<string, CustomAttributeDefinition>();
  specs.forEach((spec, index) => {
    const definition: CustomAttributeDefinition = {
      id: builder.newId("customAttribute"),
      partnerId: program.partnerId,
      programId: program.id,
      key: spec.key,
      label: spec.label,
      valueType: spec.valueType,
      source: spec.source,
      comparable: spec.comparable ?? false,
      identifying: spec.identifying ?? false,
      position: index + 1,
    };
    builder.data.customAttributeDefinitions.push(definition);
    definitions.set(spec.key, definition);
  });

  return definitions;
}

function addProgram(
  builder: DemoDataBuilder,
  partner: Partner,
  fields: { id: string; kind: ProgramKind; name: string; description: string; createdOn: string },
  attributes: AttributeSpec[],
  assignees: DemoStaffUser[],
): ProgramCatalog {
  const program: Program = {
    id: fields.id,
    partnerId: partner.id,
    name: fields.name,
    description: fields.description,
    createdAt: instantOn(fields.createdOn, 15, 30),
    updatedAt: instantOn(fields.createdOn, 15, 30),
  };
  builder.data.programs.push(program);

  return {
    kind: fields.kind,
    partner,
    program,
    flagCategories: addFlagCategories(builder, program),
    attributes: addAttributeDefinitions(builder, program, attributes),
    matching: addMatchingSurvey(builder, program, fields.kind),
    assessments: ASSESSMENT_WAVES.map((wave) => addAssessmentSurvey(builder, program, fields.kind, wave)),
    postSession: addPostSessionSurvey(builder, program, fields.kind),
    goalOptions: GOAL_OPTIONS[fields.kind],
    hobbyOptions: HOBBY_OPTIONS,
    topicOptions: TOPIC_OPTIONS[fields.kind],
    assignees,
  };
}

function addStaffUser(builder: DemoDataBuilder, partner: Partner, fields: { id?: string; email: string; displayName: string; role: StaffRole; createdOn: string }): DemoStaffUser {
  const user: DemoStaffUser = {
    id: fields.id ?? builder.newId("staffUser"),
    partnerId: partner.id,
    email: fields.email,
    signedOutAt: null,
    displayName: fields.displayName,
    role: fields.role,
    password: DEMO_PASSWORD,
    createdAt: instantOn(fields.createdOn, 16, 0),
  };
  builder.data.staffUsers.push(user);

  return user;
}

/** Adds both partners with their programs, staff, flag categories, custom attributes and surveys. */
export function addDemoCatalog(builder: DemoDataBuilder): DemoCatalog {
  const { northfield, otherPartner } = DEMO_FIXTURES;

  const northfieldPartner: Partner = { id: northfield.partnerId, slug: northfield.slug, name: northfield.name, createdAt: instantOn("2025-04-14", 14, 5) };
  const lakeshorePartner: Partner = { id: otherPartner.partnerId, slug: otherPartner.slug, name: otherPartner.name, createdAt: instantOn("2025-08-20", 17, 40) };
  builder.data.partners.push(northfieldPartner, lakeshorePartner);

  const northfieldAdmin = addStaffUser(builder, northfieldPartner, {
    id: northfield.adminId,
    email: northfield.adminEmail,
    displayName: "Avery Morgan",
    role: StaffRole.ADMIN,
    createdOn: "2025-04-14",
  });
  addStaffUser(builder, northfieldPartner, {
    id: northfield.analystId,
    email: northfield.analystEmail,
    displayName: "Rohan Mehta",
    role: StaffRole.ANALYST,
    createdOn: "2025-04-21",
  });
  const coordinators = [
    addStaffUser(builder, northfieldPartner, { email: "jordan.ellis@northfield.example.edu", displayName: "Jordan Ellis", role: StaffRole.ADMIN, createdOn: "2025-05-05" }),
    addStaffUser(builder, northfieldPartner, { email: "grace.kim@northfield.example.edu", displayName: "Grace Kim", role: StaffRole.ADMIN, createdOn: "2025-08-11" }),
  ];
  const lakeshoreAdmin = addStaffUser(builder, lakeshorePartner, {
    id: otherPartner.adminId,
    email: otherPartner.adminEmail,
    displayName: "Tasha Reynolds",
    role: StaffRole.ADMIN,
    createdOn: "2025-08-20",
  });
  const northfieldAssignees = [northfieldAdmin, ...coordinators];

  const firstYear = addProgram(
    builder,
    northfieldPartner,
    {
      id: northfield.firstYearProgramId,
      kind: "firstYear",
      name: "First-Year Mentoring",
      description: "Pairs each incoming first-year student with an upper-year student mentor for their first year at Northfield.",
      createdOn: "2025-04-15",
    },
    NORTHFIELD_ATTRIBUTES,
    northfieldAssignees,
  );
  const alumni = addProgram(
    builder,
    northfieldPartner,
    {
      id: northfield.alumniProgramId,
      kind: "alumni",
      name: "Alumni Career Mentoring",
      description: "Connects juniors and seniors with Northfield alumni working in the careers they want to explore.",
      createdOn: "2025-04-22",
    },
    NORTHFIELD_ATTRIBUTES,
    northfieldAssignees,
  );
  const youth = addProgram(
    builder,
    lakeshorePartner,
    {
      id: otherPartner.programId,
      kind: "youth",
      name: "Community Mentoring",
      description: "Volunteer mentors from the community meet high-school students from Lakeshore neighborhoods.",
      createdOn: "2025-08-25",
    },
    LAKESHORE_ATTRIBUTES,
    [lakeshoreAdmin],
  );

  return { firstYear, alumni, youth };
}
