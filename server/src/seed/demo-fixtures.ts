import { ConversationSource } from "../conversation/conversation-enums";
import { UnmatchReason } from "../mentorship/mentorship-enums";
import { LifeExperience } from "../participant/life-experience.enum";
import { SurveyType } from "../survey/survey-enums";

/*
 * Rows that the demo data generator plants with fixed ids and known contents, at every scale and
 * seed, so tests and people trying the product can find the hard cases. Every count below is
 * exactly what the generated data contains for that mentorship.
 */

/** Password of every demo staff user. */
export const DEMO_PASSWORD = "mentorlens-demo";

/** Answers and notes that are awkward to display, search, escape or export. */
export const DEMO_TRICKY_TEXTS = {
  /** Would run as a formula in a spreadsheet if a CSV export did not neutralize it. */
  formula: '=HYPERLINK("http://example.invalid")',
  plusSign: "+1 for the study tips we swapped",
  doubleDash: "-- felt rushed, we only had twenty minutes before my lab",
  atSign: "@mentor thanks for checking in after my exam",
  commasAndQuotes: 'She said "I\'m fine, really", but she looked exhausted, and she skipped lunch again.',
  multiLine: [
    "Three things:",
    "1. Figure out how office hours work, because I have never been to one.",
    "2. Meet people outside my dorm.",
    "3. Not panic about calculus.",
  ].join("\n"),
  /** Names the mentee, so anonymized quotes must not reproduce it. */
  nameMention: "Siobhán has grown a lot more confident since March; she now runs her own study group.",
  longAnswer: [
    "I was the first person in my family to go to college, and my first semester was rough in ways I did not expect. " +
      "Nobody tells you that the hardest part is not the coursework but figuring out the unwritten rules: which offices " +
      "to visit, how to email a professor, when it is fine to ask for an extension, and how to say no to extra shifts " +
      "at work when an exam is coming up. I learned most of that the hard way, often a week too late.",
    "What I hope to give my mentee is a shortcut through that maze. I want to be the person she can text when a form " +
      "makes no sense, when a grade comes back lower than she hoped, or when she is not sure whether a feeling of not " +
      "belonging is normal. I also want to be honest about the setbacks I had, including the semester I almost left, " +
      "because hearing that from someone a few years ahead would have helped me enormously.",
    "Practically, I would like us to meet every two weeks, mostly in person at the library café, with a short check-in " +
      "by text in between. I am happy to help with study plans, with finding tutoring and with the financial aid office, " +
      "and to introduce her to the engineering clubs I am part of. I would also love to learn from her: every cohort " +
      "discovers new tricks, and I am sure she will teach me a few.",
    "What I hope to get out of mentoring myself is practice at listening without rushing to fix things, and the " +
      "satisfaction of seeing someone avoid the potholes I fell into. If by the end of the year she feels that Northfield " +
      "is her place too, I will count that as a success, whatever her grades look like.",
  ].join("\n\n"),
  unmatchNote: 'Mentor moved abroad for a "temporary" work assignment, and asked to pause; the mentee agreed.',
} as const;

/** The ids, names and expected numbers of every planted case. */
export const DEMO_FIXTURES = {
  now: "2026-11-30T12:00:00.000Z",

  northfield: {
    partnerId: "ptr_de300000000000000000000000000001",
    slug: "northfield",
    name: "Northfield University",
    firstYearProgramId: "prg_de300000000000000000000000000011",
    alumniProgramId: "prg_de300000000000000000000000000012",
    adminId: "usr_de300000000000000000000000000101",
    adminEmail: "admin@northfield.example.edu",
    analystId: "usr_de300000000000000000000000000102",
    analystEmail: "analyst@northfield.example.edu",
  },

  /** The second partner, for tenant isolation: none of its rows may reach a Northfield viewer. */
  otherPartner: {
    partnerId: "ptr_de300000000000000000000000000002",
    slug: "lakeshore",
    name: "Lakeshore Youth Alliance",
    programId: "prg_de300000000000000000000000000021",
    adminId: "usr_de300000000000000000000000000201",
    adminEmail: "admin@lakeshore.example.org",
    mentorshipId: "mtr_de300000000000000000000000002101",
    mentorId: "par_de300000000000000000000000002001",
    /** Shares the last name of the Northfield hard-case mentee, so a name search must still stay within one partner. */
    menteeId: "par_de300000000000000000000000002002",
    menteeLastName: "O'Connor",
    conversationId: "cnv_de300000000000000000000000002401",
    responseId: "rsp_de300000000000000000000000002301",
    flagId: "flg_de300000000000000000000000002201",
  },

  /**
   * A matched First-Year Mentoring pair with hard names, a match created two minutes before
   * midnight UTC, known totals, awkward answer texts and a known "in common" list.
   */
  hardCasePair: {
    mentorshipId: "mtr_de300000000000000000000000001101",
    programId: "prg_de300000000000000000000000000011",
    mentorId: "par_de300000000000000000000000001001",
    mentor: { firstName: "Zoë", lastName: "Ångström-Nuñez" },
    menteeId: "par_de300000000000000000000000001002",
    mentee: { firstName: "Siobhán", lastName: "O'Connor" },
    matchedOn: "2026-03-01",
    createdAt: "2026-03-01T23:58:00.000Z",
    conversationCount: 7,
    conversationCountBySource: { [ConversationSource.POST_SESSION_SURVEY]: 3, [ConversationSource.CHECK_IN]: 2, [ConversationSource.BACKFILL]: 2 },
    lastConversationAt: "2026-11-20T16:30:00.000Z",
    lastConversationId: "cnv_de300000000000000000000000001401",
    flagCount: 3,
    flagIds: {
      open: "flg_de300000000000000000000000001201",
      inProgress: "flg_de300000000000000000000000001202",
      resolved: "flg_de300000000000000000000000001203",
    },
    responseCount: 7,
    responseCountByType: { [SurveyType.MATCHING]: 2, [SurveyType.ASSESSMENT]: 2, [SurveyType.POST_SESSION]: 3 },
    postSessionWithOpenTextCount: 2,
    /** Rows of the survey highlights table: every matching and assessment response, and post-session ones with open text. */
    highlightedResponseCount: 6,
    /** A post-session response whose optional open-text questions were both left empty. */
    silentPostSessionResponseId: "rsp_de300000000000000000000000001301",
    menteeGoals: ["Academic success", "Navigate campus resources", "Develop confidence"],
    inCommon: {
      lifeExperiences: [LifeExperience.FIRST_GENERATION_STUDENT, LifeExperience.WORKED_WHILE_STUDYING],
      /** Choices both gave to the comparable hobbies question of the matching survey. */
      matchingChoices: ["Hiking"],
      /** Comparable custom attributes with equal values; the equal hometown region is not comparable, so it is left out. */
      customAttributes: [{ key: "college", value: "College of Engineering" }],
    },
  },

  /** An earlier, unmatched mentorship of the hard-case mentee, ended for another reason with a note. */
  unmatchedPair: {
    mentorshipId: "mtr_de300000000000000000000000001102",
    mentorId: "par_de300000000000000000000000001003",
    menteeId: "par_de300000000000000000000000001002",
    matchedOn: "2025-09-02",
    unmatchedOn: "2026-02-10",
    unmatchReason: UnmatchReason.OTHER,
    conversationCount: 2,
  },

  /** A matched pair with nothing yet: no conversation, survey response or flag. */
  emptyPair: {
    mentorshipId: "mtr_de300000000000000000000000001103",
    programId: "prg_de300000000000000000000000000011",
    mentorId: "par_de300000000000000000000000001004",
    mentor: { firstName: "Marco", lastName: "D'Angelo" },
    menteeId: "par_de300000000000000000000000001005",
    mentee: { firstName: "Дмитрий", lastName: "Иванов" },
    matchedOn: "2026-11-10",
  },

  /** A long-running Alumni Career Mentoring pair with many rows, for statement-count and pagination tests. */
  largePair: {
    mentorshipId: "mtr_de300000000000000000000000001104",
    programId: "prg_de300000000000000000000000000012",
    mentorId: "par_de300000000000000000000000001006",
    mentor: { firstName: "محمد", lastName: "الفارسي" },
    menteeId: "par_de300000000000000000000000001007",
    mentee: { firstName: "小龍", lastName: "李" },
    matchedOn: "2025-06-02",
    conversationCount: 62,
    conversationCountBySource: { [ConversationSource.POST_SESSION_SURVEY]: 52, [ConversationSource.CHECK_IN]: 6, [ConversationSource.BACKFILL]: 4 },
    flagCount: 15,
    responseCount: 60,
    responseCountByType: { [SurveyType.MATCHING]: 2, [SurveyType.ASSESSMENT]: 6, [SurveyType.POST_SESSION]: 52 },
    postSessionWithOpenTextCount: 39,
    highlightedResponseCount: 47,
  },

  /** Participants with a missing optional field. */
  noPictureParticipantId: "par_de300000000000000000000000001004",
  noPhoneParticipantId: "par_de300000000000000000000000001007",
} as const;
