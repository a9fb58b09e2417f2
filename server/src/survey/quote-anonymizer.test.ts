import { ParticipantRole } from "../participant/participant-role.enum";
import { anonymizeQuote, type QuotedPerson, quoteAttribution, type QuoteSubjects } from "./quote-anonymizer";

const MENTOR: QuotedPerson = { role: ParticipantRole.MENTOR, firstName: "Jordan", lastName: "Okafor", preferredName: null };
const MENTEE: QuotedPerson = { role: ParticipantRole.MENTEE, firstName: "Mayadevi", lastName: "Chen", preferredName: "Maya" };

function subjects(people: QuotedPerson[] = [MENTOR, MENTEE], identifyingValues: string[] = []): QuoteSubjects {
  return { people, identifyingValues };
}

describe("anonymizeQuote", () => {
  it.each([
    ["first name", "Jordan helped me a lot.", "[mentor] helped me a lot."],
    ["last name", "Mr. Okafor was patient.", "Mr. [mentor] was patient."],
    ["full name", "Jordan Okafor is the best.", "[mentor] is the best."],
    ["full name across spaces", "Jordan   Okafor is the best.", "[mentor] is the best."],
    ["preferred name", "Maya asked great questions.", "[mentee] asked great questions."],
    ["legal first name", "Mayadevi asked great questions.", "[mentee] asked great questions."],
    ["preferred full name", "Maya Chen asked great questions.", "[mentee] asked great questions."],
    ["lower-case nickname", "maya is doing better", "[mentee] is doing better"],
    ["upper-case name", "MAYA IS DOING BETTER", "[mentee] IS DOING BETTER"],
    ["possessive", "Maya's grades went up.", "[mentee]'s grades went up."],
    ["typographic possessive", "Jordan’s advice worked.", "[mentor]’s advice worked."],
    ["both people", "Jordan and Maya met twice.", "[mentor] and [mentee] met twice."],
  ])("replaces a %s", (_case, text, expected) => {
    expect(anonymizeQuote(text, subjects())).toBe(expected);
  });

  it("leaves a name inside another word alone", () => {
    const al: QuotedPerson = { role: ParticipantRole.MENTOR, firstName: "Al", lastName: "Ng", preferredName: null };

    expect(anonymizeQuote("Also, Al was always on time; Alan too.", subjects([al]))).toBe("Also, [mentor] was always on time; Alan too.");
  });

  it("leaves a name inside a longer name alone", () => {
    expect(anonymizeQuote("Mayan history and Jordanian food", subjects())).toBe("Mayan history and Jordanian food");
  });

  it.each([
    ["Cyrillic", { firstName: "Наталья", lastName: "Иванова", preferredName: "Наташа" }, "Наташа и НАТАЛЬЯ Иванова помогли.", "[mentee] и [mentee] помогли."],
    ["Greek", { firstName: "Νίκος", lastName: "Παπαδόπουλος", preferredName: null }, "Ο ΝΊΚΟΣ βοήθησε.", "Ο [mentee] βοήθησε."],
    ["accented Latin", { firstName: "José", lastName: "García Márquez", preferredName: null }, "José and the Márquez family", "[mentee] and the [mentee] family"],
    ["Chinese without spaces", { firstName: "伟", lastName: "王", preferredName: "王伟" }, "王伟说他很好。", "[mentee]说他很好。"],
    ["Arabic", { firstName: "ليلى", lastName: "حسن", preferredName: null }, "ساعدتني ليلى كثيرا", "ساعدتني [mentee] كثيرا"],
    ["Devanagari", { firstName: "अनन्या", lastName: "शर्मा", preferredName: null }, "अनन्या ने मदद की", "[mentee] ने मदद की"],
  ])("replaces a %s name", (_script, names, text, expected) => {
    const person: QuotedPerson = { role: ParticipantRole.MENTEE, ...names };

    expect(anonymizeQuote(text, subjects([person]))).toBe(expected);
  });

  it("replaces a name written with combining accents", () => {
    const person: QuotedPerson = { role: ParticipantRole.MENTEE, firstName: "José", lastName: "Ruiz", preferredName: null };

    expect(anonymizeQuote("Jose\u0301 said hi", subjects([person]))).toBe("[mentee] said hi");
  });

  it.each([
    ["without its accent", { firstName: "Zoë", lastName: "Martin", preferredName: "Zozo" }, "Zoe and zoe martin came.", "[mentee] and [mentee] came."],
    ["with an accent the record lacks", { firstName: "Jose", lastName: "Nunez", preferredName: null }, "José Núñez came.", "[mentee] came."],
    ["with a letter that does not decompose", { firstName: "Søren", lastName: "Łukasz", preferredName: null }, "Soren and LUKASZ came.", "[mentee] and [mentee] came."],
  ])("replaces a name written %s", (_case, names, text, expected) => {
    const person: QuotedPerson = { role: ParticipantRole.MENTEE, ...names };

    expect(anonymizeQuote(text, subjects([person]))).toBe(expected);
  });

  it("keeps the accents of the text around a replaced name", () => {
    const person: QuotedPerson = { role: ParticipantRole.MENTEE, firstName: "Zoë", lastName: "Martin", preferredName: null };

    expect(anonymizeQuote("Café with Zoe, très bien.", subjects([person]))).toBe("Café with [mentee], très bien.");
  });

  it("marks a name both people share without a role", () => {
    const mentor: QuotedPerson = { role: ParticipantRole.MENTOR, firstName: "Alex", lastName: "Kim", preferredName: null };
    const mentee: QuotedPerson = { role: ParticipantRole.MENTEE, firstName: "Alex", lastName: "Romero", preferredName: null };

    expect(anonymizeQuote("Alex Kim told Alex Romero; Alex laughed.", subjects([mentor, mentee]))).toBe("[mentor] told [mentee]; [participant] laughed.");
  });

  it.each([
    ["plain", "Write to maya.chen@example.edu today.", "Write to [email] today."],
    ["with plus and subdomain", "It is maya+mentor@mail.cs.example.ac.uk.", "It is [email]."],
    ["in angle brackets", "<MAYA@EXAMPLE.ORG>", "<[email]>"],
  ])("replaces a %s email address", (_case, text, expected) => {
    expect(anonymizeQuote(text, subjects())).toBe(expected);
  });

  it.each([
    ["E.164", "Text me at +15555550123.", "Text me at [phone]."],
    ["North American", "Call (555) 555-0123 after six.", "Call [phone] after six."],
    ["dotted", "Call 555.555.0123", "Call [phone]"],
    ["spaced international", "Ring +44 20 7946 0958 please", "Ring [phone] please"],
    ["local", "Her number is 555-0123 now", "Her number is [phone] now"],
  ])("replaces a %s phone number", (_case, text, expected) => {
    expect(anonymizeQuote(text, subjects())).toBe(expected);
  });

  it.each([
    ["a date", "We met on 2024-10-02 at noon."],
    ["a year range", "From 2023 to 2024."],
    ["a score", "I rated it 4 / 5 and 3.5 hours."],
  ])("keeps %s", (_case, text) => {
    expect(anonymizeQuote(text, subjects())).toBe(text);
  });

  it("replaces identifying custom attribute values", () => {
    const text = "My student number is A00123 and Dr. Rivera advises me in Rivera Hall.";

    expect(anonymizeQuote(text, subjects([MENTEE], ["A00123", "Dr. Rivera"]))).toBe("My student number is [redacted] and [redacted] advises me in Rivera Hall.");
  });

  it("replaces several kinds at once", () => {
    const text = "Maya's email is maya@example.edu and Jordan's phone is +1 555 555 0123.";

    expect(anonymizeQuote(text, subjects())).toBe("[mentee]'s email is [email] and [mentor]'s phone is [phone].");
  });

  it("keeps text without anything identifying", () => {
    expect(anonymizeQuote("The session helped me plan my semester.", subjects())).toBe("The session helped me plan my semester.");
  });

  it("treats names as text, not patterns", () => {
    const person: QuotedPerson = { role: ParticipantRole.MENTOR, firstName: "A.J.", lastName: "O'Neil (Jr)", preferredName: null };

    expect(anonymizeQuote("A.J. and AxJx and O'Neil (Jr) met", subjects([person]))).toBe("[mentor] and AxJx and [mentor] met");
  });
});

describe("quoteAttribution", () => {
  it("names the role and the program only", () => {
    expect(quoteAttribution(ParticipantRole.MENTEE, "First-Year Mentoring")).toBe("a mentee in First-Year Mentoring");
    expect(quoteAttribution(ParticipantRole.MENTOR, "Career Bridge")).toBe("a mentor in Career Bridge");
  });
});
