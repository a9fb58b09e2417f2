import { LifeExperience } from "../participant/life-experience.enum";
import type { Participant } from "../participant/participant.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { addDays, earliest, randomInstantBetween } from "./demo-calendar";
import type { ProgramCatalog } from "./demo-catalog";
import type { DemoDataBuilder } from "./demo-data-builder";
import { asciiSlug, generatePerson } from "./demo-names";
import { composeHope } from "./demo-texts";
import type { SeededRandom, Weighted } from "./random";

/** Number of avatar images the dashboard serves as `/avatars/<n>.svg`, numbered from 1. */
export const DEMO_AVATAR_COUNT = 24;

/** A participant's answers to the matching survey, repeated in every matching response of that person. */
export interface MatchingProfile {
  goals: string[];
  frequency: string;
  hobbies: string[];
  hope: string | null;
}

export interface DemoPerson {
  participant: Participant;
  profile: MatchingProfile;
}

/** State shared by every generated person of one data set, so emails and external ids stay unique. */
export interface PeopleRegistry {
  now: Date;
  usedEmails: Set<string>;
  nextExternalNumber: Map<string, number>;
}

export function createPeopleRegistry(now: Date): PeopleRegistry {
  return { now, usedEmails: new Set(), nextExternalNumber: new Map() };
}

/** Fields a caller may fix; everything else is generated. */
export type ParticipantOverrides = Partial<Omit<Participant, "partnerId" | "programId" | "role" | "createdAt">>;

export interface PersonInput {
  role: ParticipantRole;
  createdAt: Date;
  /** The date the person started at the institution, which decides class years. */
  enteredOn: Date;
  overrides?: ParticipantOverrides;
  /** Fixed answers, life experiences and attribute values (by key) replace the generated ones. */
  profile?: MatchingProfile;
  lifeExperiences?: LifeExperience[];
  attributes?: Map<string, string>;
}

const RACE_ETHNICITY: readonly Weighted<string | null>[] = [
  ["White", 34],
  ["Hispanic or Latino", 20],
  ["Black or African American", 14],
  ["Asian", 13],
  ["Two or more races", 7],
  ["Middle Eastern or North African", 3],
  ["American Indian or Alaska Native", 1],
  ["Native Hawaiian or Pacific Islander", 1],
  [null, 7],
];

const MAJORS = [
  "Biology", "Computer Science", "Nursing", "Business Administration", "Psychology", "Mechanical Engineering", "English",
  "Economics", "Political Science", "Chemistry", "Education", "Undeclared", "Sociology", "Mathematics", "Art History",
];

const CAREER_FIELDS = [
  "Software engineering", "Nursing", "Marketing", "Finance", "Public policy", "Teaching", "Product management",
  "Civil engineering", "Journalism", "Healthcare administration", "Law", "Data science", "Nonprofit management",
  "Consulting", "Biotech research",
];

const COLLEGES = ["College of Arts and Sciences", "College of Engineering", "School of Business", "School of Nursing", "School of Education"];
const ADVISORS = ["Dr. Priya Raman", "Prof. Daniel Okafor", "Dr. Helen Park", "Marcus Bell", "Dr. Lucía Herrera", "Prof. Samuel Osei", "Dana Whitfield"];
const SCHOLARSHIPS = ["Northfield Promise Scholarship", "Dean's Merit Award", "First Scholars Grant", "Athletic scholarship"];
const CLUBS = [
  "Robotics Club", "Outdoor Club", "Black Student Union", "Latinx Student Association", "Debate Society", "Women in STEM",
  "Chess Club", "Student Government", "Dance Collective", "Asian American Student Association",
];
const REGIONS = ["Northeast", "Midwest", "South", "West", "Outside the US"];
const SCHOOLS = ["Lakeshore High School", "Harbor View Academy", "Eastside Charter School", "Pine Street High School"];
const NEIGHBORHOODS = ["Harbor Point", "Eastside", "Old Mill", "Lakeview Heights", "Riverside"];
const ACTIVITIES = ["Basketball", "Robotics", "Drawing", "Music production", "Soccer", "Coding", "Cooking"];

const FREQUENCY_WEIGHTS: readonly Weighted<string>[] = [
  ["Weekly", 30],
  ["Every two weeks", 45],
  ["Monthly", 18],
  ["As needed", 7],
];

/** Tells whether the person is a student of the partner, as opposed to an alumnus or a community volunteer. */
function isStudent(catalog: ProgramCatalog, role: ParticipantRole): boolean {
  return catalog.kind === "firstYear" || (catalog.kind === "alumni" && role === ParticipantRole.MENTEE);
}

function academicYearStart(instant: Date): number {
  const year = instant.getUTCFullYear();

  return instant.getUTCMonth() >= 5 ? year : year - 1;
}

function graduationYear(random: SeededRandom, catalog: ProgramCatalog, role: ParticipantRole, enteredOn: Date): number | null {
  const startYear = academicYearStart(enteredOn);
  if (catalog.kind === "firstYear") {
    return role === ParticipantRole.MENTEE ? startYear + 4 : startYear + random.int(1, 3);
  }
  if (catalog.kind === "alumni") {
    return role === ParticipantRole.MENTEE ? startYear + random.int(1, 2) : random.int(1994, 2022);
  }

  return role === ParticipantRole.MENTEE ? startYear + random.int(1, 4) : null;
}

function fieldOfStudyOrWork(random: SeededRandom, catalog: ProgramCatalog, role: ParticipantRole): string | null {
  if (isStudent(catalog, role)) {
    return random.pick(MAJORS);
  }

  return catalog.kind === "youth" && role === ParticipantRole.MENTEE ? null : random.pick(CAREER_FIELDS);
}

function lifeExperiences(random: SeededRandom, catalog: ProgramCatalog, role: ParticipantRole, firstGeneration: boolean | null): LifeExperience[] {
  const student = isStudent(catalog, role);
  const chances: Array<[LifeExperience, number]> = [
    [LifeExperience.TRANSFER_STUDENT, student ? 0.1 : 0.12],
    [LifeExperience.VETERAN, student ? 0.02 : 0.06],
    [LifeExperience.PARENT, student ? 0.03 : 0.35],
    [LifeExperience.INTERNATIONAL_STUDENT, 0.08],
    [LifeExperience.STUDENT_ATHLETE, catalog.kind === "youth" ? 0.2 : 0.09],
    [LifeExperience.WORKED_WHILE_STUDYING, student ? 0.4 : 0.45],
    [LifeExperience.CAREER_CHANGER, student ? 0 : 0.2],
    [LifeExperience.RURAL_BACKGROUND, 0.15],
  ];
  const experiences = firstGeneration ? [LifeExperience.FIRST_GENERATION_STUDENT] : [];
  for (const [experience, chance] of chances) {
    if (random.chance(chance)) {
      experiences.push(experience);
    }
  }

  return experiences;
}

function attributeValues(random: SeededRandom, catalog: ProgramCatalog, role: ParticipantRole, enteredOn: Date): Map<string, string> {
  const values = new Map<string, string>();
  const setIf = (key: string, chance: number, value: () => string) => {
    if (catalog.attributes.has(key) && random.chance(chance)) {
      values.set(key, value());
    }
  };

  if (catalog.kind === "youth") {
    const mentee = role === ParticipantRole.MENTEE;
    setIf("school", mentee ? 1 : 0, () => random.pick(SCHOOLS));
    setIf("neighborhood", mentee ? 0.9 : 0.5, () => random.pick(NEIGHBORHOODS));
    setIf("grade", mentee ? 1 : 0, () => String(random.int(9, 12)));
    setIf("favorite_activity", 0.7, () => random.pick(ACTIVITIES));

    return values;
  }

  if (!isStudent(catalog, role)) {
    setIf("college", 0.9, () => random.pick(COLLEGES));
    setIf("club", 0.4, () => random.pick(CLUBS));
    setIf("hometown_region", 0.6, () => random.pick(REGIONS));

    return values;
  }

  const firstYearMentee = catalog.kind === "firstYear" && role === ParticipantRole.MENTEE;
  setIf("college", 1, () => random.pick(COLLEGES));
  setIf("advisor", 0.9, () => random.pick(ADVISORS));
  setIf("scholarship", 0.35, () => random.pick(SCHOLARSHIPS));
  setIf("pell_eligible", 0.85, () => String(random.chance(0.35)));
  setIf("club", 0.55, () => random.pick(CLUBS));
  setIf("hometown_region", 0.8, () => random.pick(REGIONS));
  setIf("credits_completed", 0.95, () => String(firstYearMentee ? random.int(0, 30) : random.int(30, 118)));
  setIf("enrolled_on", 0.95, () => `${academicYearStart(enteredOn)}-08-${String(random.int(18, 28)).padStart(2, "0")}`);

  return values;
}

function matchingProfile(random: SeededRandom, catalog: ProgramCatalog, role: ParticipantRole): MatchingProfile {
  const mentee = role === ParticipantRole.MENTEE;
  const hopeChance = mentee ? 0.8 : 0.65;

  return {
    goals: random.sample(catalog.goalOptions, mentee ? random.int(1, 3) : random.int(2, 4)),
    frequency: random.weighted(FREQUENCY_WEIGHTS),
    hobbies: random.chance(0.9) ? random.sample(catalog.hobbyOptions, random.int(1, 4)) : [],
    hope: random.chance(hopeChance) ? composeHope(random, role) : null,
  };
}

function externalId(registry: PeopleRegistry, catalog: ProgramCatalog, role: ParticipantRole, random: SeededRandom): string | null {
  const alumniMentor = catalog.kind === "alumni" && role === ParticipantRole.MENTOR;
  if (alumniMentor && random.chance(0.3)) {
    return null;
  }

  const next = registry.nextExternalNumber.get(catalog.program.id) ?? 1;
  registry.nextExternalNumber.set(catalog.program.id, next + 1);
  // Spaced numbers look like real student ids and never meet the low numbers of the planted cases.
  const number = String(4_100_000 + next * 7).padStart(7, "0");
  if (catalog.kind === "youth") {
    return `LY-${number}`;
  }

  return alumniMentor ? `A${number}` : `N${number}`;
}

function uniqueEmail(registry: PeopleRegistry, firstName: string, lastName: string, domain: string, fallback: string): string {
  const first = asciiSlug(firstName);
  const last = asciiSlug(lastName);
  const base = first && last ? `${first}.${last}` : fallback;
  let candidate = `${base}@${domain}`;
  for (let suffix = 2; registry.usedEmails.has(candidate); suffix += 1) {
    candidate = `${base}${suffix}@${domain}`;
  }
  registry.usedEmails.add(candidate);

  return candidate;
}

/** Students get an address on the institution's domain; alumni and volunteers use a personal one. */
function emailDomain(catalog: ProgramCatalog, role: ParticipantRole): string {
  return catalog.kind === "youth" || !isStudent(catalog, role) ? "example.org" : "example.edu";
}

function participantEmail(
  registry: PeopleRegistry,
  catalog: ProgramCatalog,
  random: SeededRandom,
  person: { role: ParticipantRole; firstName: string; lastName: string; fallback: string; fixed: string | null | undefined },
): string | null {
  if (person.fixed !== undefined) {
    if (person.fixed !== null) {
      registry.usedEmails.add(person.fixed);
    }

    return person.fixed;
  }
  if (!random.chance(0.97)) {
    return null;
  }

  return uniqueEmail(registry, person.firstName, person.lastName, emailDomain(catalog, person.role), person.fallback);
}

/** Adds a participant with life experiences and custom attribute values, and returns the matching survey answers to use. */
export function addPerson(builder: DemoDataBuilder, registry: PeopleRegistry, catalog: ProgramCatalog, random: SeededRandom, input: PersonInput): DemoPerson {
  const { role, createdAt, enteredOn } = input;
  const overrides = input.overrides ?? {};
  const name = generatePerson(random);
  const id = overrides.id ?? builder.newId("participant");
  const firstName = overrides.firstName ?? name.firstName;
  const lastName = overrides.lastName ?? name.lastName;
  const student = isStudent(catalog, role);
  const firstGeneration = random.weighted<boolean | null>([[true, student ? 35 : 25], [false, 55], [null, 10]]);
  const fallbackEmail = `${role.toLowerCase()}.${id.slice(-6)}`;

  const participant: Participant = {
    id,
    partnerId: catalog.program.partnerId,
    programId: catalog.program.id,
    externalId: externalId(registry, catalog, role, random),
    role,
    firstName,
    lastName,
    preferredName: name.preferredName,
    pronouns: name.pronouns,
    pictureUrl: random.chance(0.85) ? `/avatars/${random.int(1, DEMO_AVATAR_COUNT)}.svg` : null,
    email: participantEmail(registry, catalog, random, { role, firstName, lastName, fallback: fallbackEmail, fixed: overrides.email }),
    phone: random.chance(0.92) ? `+1555${String(random.int(0, 9_999_999)).padStart(7, "0")}` : null,
    gender: name.gender,
    raceEthnicity: random.weighted(RACE_ETHNICITY),
    firstGeneration,
    graduationYear: graduationYear(random, catalog, role, enteredOn),
    fieldOfStudyOrWork: fieldOfStudyOrWork(random, catalog, role),
    createdAt,
    updatedAt: randomInstantBetween(random, createdAt, earliest(addDays(createdAt, 120), registry.now)),
    ...overrides,
  };
  builder.data.participants.push(participant);

  const experiences = input.lifeExperiences ?? lifeExperiences(random, catalog, role, firstGeneration);
  for (const experience of experiences) {
    builder.data.participantLifeExperiences.push({ partnerId: participant.partnerId, participantId: participant.id, experience });
  }

  const values = input.attributes ?? attributeValues(random, catalog, role, enteredOn);
  addAttributeValues(builder, catalog, participant, values);

  return { participant, profile: input.profile ?? matchingProfile(random, catalog, role) };
}

/** Adds custom attribute values by definition key. */
export function addAttributeValues(builder: DemoDataBuilder, catalog: ProgramCatalog, participant: Participant, values: Map<string, string>): void {
  for (const [key, value] of values) {
    const definition = catalog.attributes.get(key);
    if (!definition) {
      throw new Error(`Program ${catalog.program.name} has no custom attribute "${key}"`);
    }
    builder.data.customAttributeValues.push({ partnerId: participant.partnerId, participantId: participant.id, definitionId: definition.id, value });
  }
}

/** Adds a mentee's goals, in the order chosen in the matching survey. */
export function addGoals(builder: DemoDataBuilder, participant: Participant, goals: readonly string[]): void {
  goals.forEach((goal, index) => {
    builder.data.participantGoals.push({ partnerId: participant.partnerId, participantId: participant.id, position: index + 1, goal });
  });
}
