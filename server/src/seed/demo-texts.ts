import type { FlagResolutionReason } from "../flag/flag-enums";
import type { ParticipantRole } from "../participant/participant-role.enum";
import type { FlagCategoryKey } from "./demo-catalog";
import type { SeededRandom } from "./random";

/*
 * Open-ended texts are composed from phrase banks, a few sentences at a time, so that thousands
 * of answers read differently. Some come out as several lines or as one long answer, because
 * real answers do and the dashboard and exports must cope with both.
 */

/** Length a "long" answer reaches at least, in characters. */
export const LONG_ANSWER_MIN_LENGTH = 1500;

/** Openings that go before a clause; the clause's first letter is lowered to follow them. */
const LEADS = [
  "",
  "",
  "Honestly, ",
  "Mostly, ",
  "Above all, ",
  "To be honest, ",
  "Right now, ",
  "If I am being realistic, ",
  "For what it is worth, ",
  "Lately, ",
  "One more thing: ",
  "In short, ",
];

const HOPE_MENTEE = [
  "I want someone who has been through the first year to tell me what they wish they had known",
  "I hope to get advice on which classes to take and how to plan my major",
  "I mostly want someone to check in with when things get overwhelming",
  "I would like help figuring out what careers fit my interests",
  "I want to build confidence talking to professors and asking for help",
  "I hope to learn how people actually find internships",
  "I want to make connections in the field I want to work in",
  "I am hoping for practical tips on time management and studying",
  "I would like a mentor who can help me practice for interviews",
  "I want to understand how to balance a job with a full course load",
  "I know I could use someone in my corner",
  "I hope to get honest feedback on my résumé and my LinkedIn profile",
  "I want to stop feeling like everyone else knows the rules except me",
  "I would like to hear how someone else handled being far from home",
];

const HOPE_MENTOR = [
  "I want to give back the support that someone gave me when I was starting out",
  "I hope to help my mentee avoid some of the mistakes I made",
  "I enjoy helping people find their footing, and I learn a lot from it too",
  "I would like to practice listening and coaching rather than just giving answers",
  "I want to share what my field is really like day to day",
  "I hope to introduce my mentee to people in my network who can open doors",
  "I want to make the first months less lonely for someone",
  "I am hoping to stay connected to the university and to current students",
  "I want to be the person I needed when I was nineteen",
  "I would like to help someone turn a vague interest into a plan",
];

/** Reasons that may close a hope, so that the same wish reads differently from person to person. */
const HOPE_REASONS = [
  "",
  "",
  " because nobody in my family has done this before",
  " since I am still new here",
  " before the semester gets busy",
  " so I can stop guessing",
  " because I tend to keep problems to myself",
  " while there is still time to change course",
  " because that made all the difference for me",
];

const WENT_WELL_OPENERS = [
  "We finally made a plan for",
  "It was really helpful to talk through",
  "We spent most of the time on",
  "Great conversation about",
  "I appreciated the honest advice on",
  "We made real progress on",
  "Good energy today while we worked on",
  "It clicked when we discussed",
];

const WENT_WELL_DETAILS = [
  "and I left with three concrete next steps.",
  "and my mentor shared a story from their own first year that made it feel less scary.",
  "and we booked a time to follow up next week.",
  "and I feel a lot less stressed about it now.",
  "and we practiced the conversation I need to have with my advisor.",
  "and I finally understand what the office hours are for.",
  "and we drafted an email together.",
  "and we looked at two internship postings line by line.",
  "and my mentee came prepared with questions, which made it easy.",
  "and we agreed to try a weekly planning routine.",
];

const WENT_WELL_CLOSERS = [
  "Looking forward to next time.",
  "Really glad we met.",
  "Thank you!",
  "This is the most useful session so far.",
  "Short but worth it.",
  "Felt good to laugh about it too.",
  "I needed that today.",
  "Same time in two weeks.",
  "",
  "",
];

const STAFF_NOTES = [
  "My mentee mentioned working close to 30 hours a week on top of classes, so a check-in from financial aid might help",
  "We are having trouble finding times that work, so we may switch to video calls",
  "My mentor was great, but I would like more guidance on how to prepare for our meetings",
  "Could staff share the list of campus food resources again? My mentee asked and I could not find it",
  "No concerns, things are going well",
  "My mentee seemed more down than usual today, nothing urgent, but I wanted someone to know",
  "I will be traveling for work next month, so we will skip one session",
  "Is there funding for a professional headshot session? My mentee is applying to jobs",
  "The room booking system did not work for us again",
  "I think my mentee would benefit from the tutoring center, but they are hesitant to go",
  "We would love a list of upcoming career fairs",
  "My mentee asked whether the program can cover bus fare to meet in person",
  "The reminder emails arrive after our meetings, not before",
  "We keep running out of things to talk about, so a list of conversation prompts would help",
  "My mentee got the internship they applied for",
  "I am not sure how much to share about my own struggles, and some guidance would help",
];

const NOTE_ENDINGS = [
  "",
  " Thanks!",
  " Happy to talk more.",
  " Just flagging it.",
  " No reply needed.",
  " Thanks for everything you do.",
  " Let me know if you need more detail.",
  " We will keep you posted.",
  " Otherwise all good.",
];

/** Short sentences that may follow a one-sentence comment. */
const FOLLOW_UPS = [
  "Thanks for running this.",
  "Looking forward to next term.",
  "More of the same, please.",
  "Overall a good experience.",
  "Still figuring things out.",
  "That is all for now.",
  "It has been a busy few weeks.",
  "Glad I signed up.",
  "Hard to say more yet.",
  "Things are moving in the right direction.",
  "Not much else to add.",
];

const ASSESSMENT_COMMENTS = [
  "The program has made the transition much easier than I expected",
  "I wish we had started meeting earlier in the semester",
  "Having someone to ask the small questions makes a big difference",
  "I still feel unsure about my career direction, but I know where to look now",
  "Scheduling is the hardest part, but the conversations themselves are great",
  "I feel more connected to campus than I did a few months ago",
  "It would help to have more group events with other pairs",
  "My mentor has been patient and encouraging, and it shows in my grades",
  "Some weeks are busy and we only text, which still helps",
  "I would recommend this program to every incoming student",
  "I feel less alone with the hard parts of this year",
  "I finally understand how to use office hours",
  "Midterms were rough, and talking them through helped me recover",
  "The surveys feel long, but I see why they matter",
  "I have started helping a friend the way my mentor helps me",
  "I am more comfortable asking for help than I was at the start",
];

const FLAG_DESCRIPTIONS: Record<FlagCategoryKey, string[]> = {
  mental_health: [
    "Mentee said they have been having trouble sleeping and feel anxious most days.",
    "Mentee mentioned feeling isolated and not leaving their room much lately.",
    "Mentee seemed very low and said nothing feels worth the effort right now.",
    "Mentee asked how to find counseling but was worried about the waitlist.",
  ],
  academic_struggles: [
    "Mentee is failing two midterms and does not know whether to withdraw from a course.",
    "Mentee has missed several classes and is behind on assignments.",
    "Mentee is on academic probation and unsure what the next steps are.",
    "Mentee is struggling with the math prerequisite for their major.",
  ],
  financial_concerns: [
    "Mentee's financial aid has not come through and tuition is due next week.",
    "Mentee is picking up extra shifts to cover rent and has little time to study.",
    "Mentee cannot afford the textbooks for two courses.",
    "Mentee asked about emergency grants after an unexpected car repair.",
  ],
  basic_needs: [
    "Mentee mentioned skipping meals to make their money last until payday.",
    "Mentee has to leave their apartment at the end of the month and has nowhere lined up.",
    "Mentee is staying with friends temporarily and does not have a stable place to sleep.",
    "Mentee said the dining plan ran out and they are relying on the food pantry.",
  ],
  considering_leaving: [
    "Mentee said they are thinking about dropping out after this semester.",
    "Mentee is considering transferring closer to home to help their family.",
    "Mentee is unsure whether college is worth the debt and is thinking of taking a break.",
  ],
  other: [
    "Mentee asked for help with an immigration document and I was not sure who to refer them to.",
    "Mentee's laptop was stolen and they cannot submit assignments.",
    "Mentee mentioned a conflict with a roommate that is getting worse.",
  ],
};

const KEYWORD_ALERT_PREFIX = "Keyword alert on a survey answer: ";

const RESOLUTION_NOTES: Record<FlagResolutionReason, string[]> = {
  SUPPORT_PROVIDED: [
    "Met with the mentee and set up a weekly check-in with the student success team.",
    "Arranged an emergency grant and confirmed the funds arrived.",
    "Helped the mentee make a plan with their instructors; they are caught up now.",
  ],
  REFERRED: [
    "Referred to the counseling center; the mentee confirmed an intake appointment.",
    "Referred to the campus food pantry and the basic needs office.",
    "Referred to the tutoring center and academic advising.",
  ],
  NO_ACTION_NEEDED: ["Spoke with the mentee; the situation had already resolved itself.", "Checked in, and the mentee said things are fine now."],
  UNABLE_TO_REACH: ["Tried by email and phone three times over two weeks with no reply.", "No response to outreach; the advisor was informed."],
  DUPLICATE: ["Same concern as an earlier flag for this mentee.", "Already handled under another flag."],
};

const UNMATCH_NOTES = [
  "Mentor took a job overseas and could not keep a regular schedule.",
  "The pair agreed to end early because the mentee is studying abroad next term.",
  "Mentee switched to a part-time course load and paused all programs.",
  "Mentor joined the program staff, so the match was ended to avoid a conflict of interest.",
];

function sentenceCount(random: SeededRandom): number {
  return random.weighted([
    [1, 45],
    [2, 35],
    [3, 20],
  ]);
}

/** Lowers the first letter so that the text can follow a lead, except for the pronoun "I". */
function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Makes a sentence of a clause, with a random lead and a full stop unless it already ends a sentence. */
function sentence(random: SeededRandom, clause: string): string {
  const lead = random.pick(LEADS);
  const body = lead ? `${lead}${lowerFirst(clause)}` : clause;

  return /[.?!]$/.test(body) ? body : `${body}.`;
}

/** Joins sentences as one paragraph, as a list on several lines, or (rarely) as a long multi-paragraph answer. */
function shapeAnswer(random: SeededRandom, sentences: string[], moreSentences: () => string): string {
  const shape = random.weighted([
    ["paragraph", 89],
    ["lines", 9],
    ["long", 2],
  ] as const);

  if (shape === "lines" && sentences.length > 1) {
    return sentences.map((line) => `- ${line}`).join("\n");
  }
  if (shape === "long") {
    return longAnswer(sentences, moreSentences);
  }

  return sentences.join(" ");
}

function longAnswer(opening: string[], moreSentences: () => string): string {
  const paragraphs: string[] = [opening.join(" ")];
  let length = paragraphs[0].length;
  while (length < LONG_ANSWER_MIN_LENGTH) {
    const paragraph = [moreSentences(), moreSentences(), moreSentences()].join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }

  return paragraphs.join("\n\n");
}

export function composeHope(random: SeededRandom, role: ParticipantRole): string {
  const bank = role === "MENTOR" ? HOPE_MENTOR : HOPE_MENTEE;
  const hope = () => sentence(random, `${random.pick(bank)}${random.pick(HOPE_REASONS)}`);
  const sentences = random.sample(bank, sentenceCount(random)).map((clause) => sentence(random, `${clause}${random.pick(HOPE_REASONS)}`));

  return shapeAnswer(random, sentences, hope);
}

export function composeWentWell(random: SeededRandom, topics: readonly string[]): string {
  const topic = topics.length > 0 ? random.pick(topics).toLowerCase() : "my schedule";
  const first = `${random.pick(WENT_WELL_OPENERS)} ${topic}, ${random.pick(WENT_WELL_DETAILS)}`;
  const closer = random.pick(WENT_WELL_CLOSERS);
  const sentences = closer ? [first, closer] : [first];

  return shapeAnswer(random, sentences, () => sentence(random, random.pick(ASSESSMENT_COMMENTS)));
}

export function composeStaffNote(random: SeededRandom): string {
  const sentences = random.sample(STAFF_NOTES, random.chance(0.8) ? 1 : 2).map((clause) => sentence(random, clause));
  const ending = random.pick(NOTE_ENDINGS);

  return `${shapeAnswer(random, sentences, () => sentence(random, random.pick(STAFF_NOTES)))}${ending}`;
}

export function composeAssessmentComment(random: SeededRandom): string {
  const sentences = random.sample(ASSESSMENT_COMMENTS, sentenceCount(random)).map((clause) => sentence(random, clause));
  if (sentences.length === 1 && random.chance(0.8)) {
    sentences.push(random.pick(FOLLOW_UPS));
  }

  return shapeAnswer(random, sentences, () => sentence(random, random.pick(ASSESSMENT_COMMENTS)));
}

export function composeFlagDescription(random: SeededRandom, category: FlagCategoryKey, keywordAlert: boolean): string {
  const description = random.pick(FLAG_DESCRIPTIONS[category]);

  return keywordAlert ? `${KEYWORD_ALERT_PREFIX}${description}` : description;
}

export function composeResolutionNote(random: SeededRandom, reason: FlagResolutionReason): string {
  return random.pick(RESOLUTION_NOTES[reason]);
}

export function composeUnmatchNote(random: SeededRandom): string {
  return random.pick(UNMATCH_NOTES);
}
