import { ParticipantRole } from "../participant/participant-role.enum";

/** A participant whose names a quote must not contain. */
export interface QuotedPerson {
  role: ParticipantRole;
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

/** Everything that identifies the people a quote is about. */
export interface QuoteSubjects {
  people: readonly QuotedPerson[];
  /** Values of custom attributes marked as identifying, such as a student number or an advisor's name. */
  identifyingValues: readonly string[];
}

/** Placeholders that replace what identifies a person. */
export const QUOTE_PLACEHOLDERS = {
  [ParticipantRole.MENTOR]: "[mentor]",
  [ParticipantRole.MENTEE]: "[mentee]",
  /** A name that both people share, so the placeholder cannot name a role. */
  shared: "[participant]",
  email: "[email]",
  phone: "[phone]",
  identifyingValue: "[redacted]",
} as const;

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// A run of digits with the separators phone numbers use; `looksLikePhoneNumber` then checks it.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().\-]{5,}\d(?![\p{L}\p{N}])/gu;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Scripts written without spaces between words, or whose particles attach to a name (Korean),
// so a name in them has no word boundary to look for.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}_]";

/**
 * Replaces what identifies the people of a quote: the names of both participants (first, last,
 * preferred and full names, in any capitalization, with or without accents, also before a
 * possessive such as "Maya's"), email addresses, phone numbers and identifying custom attribute
 * values. A name matches only
 * as a whole word, so "Al" leaves "Also" alone, except in scripts written without spaces, such
 * as Chinese, where it matches anywhere.
 *
 * NOTE: this removes only what the product stores about the two people. A quote can still identify
 * someone through details the product does not store, such as a roommate's name or a rare
 * event, so staff should read a quote before sharing it.
 */
export function anonymizeQuote(text: string, subjects: QuoteSubjects): string {
  let result = text.normalize("NFC");

  result = result.replace(EMAIL, QUOTE_PLACEHOLDERS.email);
  result = result.replace(PHONE_CANDIDATE, (candidate) => (looksLikePhoneNumber(candidate) ? QUOTE_PLACEHOLDERS.phone : candidate));
  result = replaceTerms(result, identifyingValueTerms(subjects.identifyingValues));
  result = replaceTerms(result, nameTerms(subjects.people));

  return result;
}

/** Attribution of an anonymized quote: the respondent's role and program only, such as "a mentee in First-Year Mentoring". */
export function quoteAttribution(role: ParticipantRole, programName: string): string {
  return `a ${role === ParticipantRole.MENTOR ? "mentor" : "mentee"} in ${programName}`;
}

/** Accepts 7 to 15 digits, as national and E.164 numbers have, but not a calendar date such as 2024-10-02. */
function looksLikePhoneNumber(candidate: string): boolean {
  const digitCount = candidate.replace(/\D/g, "").length;

  return digitCount >= 7 && digitCount <= 15 && !ISO_DATE.test(candidate.trim());
}

interface Term {
  text: string;
  replacement: string;
}

/** Maps every name of every person to its role's placeholder, or to the shared one when both people have it. */
function nameTerms(people: readonly QuotedPerson[]): Term[] {
  const placeholders = new Map<string, string>();

  for (const person of people) {
    const placeholder = QUOTE_PLACEHOLDERS[person.role];
    for (const name of namesOf(person)) {
      const key = name.toLocaleLowerCase();
      const existing = placeholders.get(key);
      placeholders.set(key, existing === undefined || existing === placeholder ? placeholder : QUOTE_PLACEHOLDERS.shared);
    }
  }

  return [...placeholders].map(([text, replacement]) => ({ text, replacement }));
}

/** Lists the full names, each name field, and each word of a multi-word name, such as both parts of "García Márquez". */
function namesOf(person: QuotedPerson): string[] {
  const givenNames = [person.firstName, person.preferredName].filter((name): name is string => name !== null && name.trim() !== "");
  const fullNames = givenNames.map((name) => `${name} ${person.lastName}`);
  const fields = [...givenNames, person.lastName];
  const words = fields.flatMap((field) => field.split(/\s+/));

  return [...fullNames, ...fields, ...words]
    .map((name) => name.normalize("NFC").trim())
    .filter((name) => name !== "" && (name.length > 1 || UNSPACED_SCRIPT.test(name)));
}

function identifyingValueTerms(values: readonly string[]): Term[] {
  return values
    .map((value) => value.normalize("NFC").trim())
    .filter((value) => value.length > 1)
    .map((text) => ({ text, replacement: QUOTE_PLACEHOLDERS.identifyingValue }));
}

/**
 * Replaces every term, longest first so that a full name wins over its parts, ignoring case and
 * accents: "Zoe" in the text matches a stored "Zoë", and "Zoë" matches a stored "Zoe".
 */
function replaceTerms(text: string, terms: Term[]): string {
  if (terms.length === 0) {
    return text;
  }

  const sorted = [...terms].sort((a, b) => foldAccents(b.text).length - foldAccents(a.text).length);
  const replacements = new Map(sorted.map((term) => [matchKey(term.text), term.replacement]));
  const pattern = new RegExp(sorted.map((term) => termPattern(foldAccents(term.text))).join("|"), "giu");

  // The search runs on a folded copy; `origins` maps each of its positions back to the text.
  const { folded, origins } = foldWithOrigins(text);
  let output = "";
  let copiedUpTo = 0;
  for (const match of folded.matchAll(pattern)) {
    const replacement = replacements.get(matchKey(match[0]));
    if (replacement === undefined) {
      continue;
    }

    const start = origins[match.index];
    output += text.slice(copiedUpTo, start) + replacement;
    copiedUpTo = origins[match.index + match[0].length];
  }

  return output + text.slice(copiedUpTo);
}

// Letters that carry their mark inside the letter, so Unicode decomposition leaves them whole.
const UNDECOMPOSED_LETTERS: Record<string, string> = { ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i" };

/** Removes accents and other combining marks, letter by letter: "Zoë Núñez" becomes "Zoe Nunez". */
function foldAccents(text: string): string {
  return foldWithOrigins(text).folded;
}

/**
 * Folds `text` as `foldAccents` does and returns, for every UTF-16 position of the folded text
 * and one past its end, the position in `text` it came from.
 */
function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = "";
  const origins: number[] = [];
  let position = 0;

  for (const character of text) {
    const piece = UNDECOMPOSED_LETTERS[character] ?? character.normalize("NFD").replace(/\p{M}/gu, "");
    for (let unit = 0; unit < piece.length; unit += 1) {
      origins.push(position);
    }
    folded += piece;
    position += character.length;
  }
  origins.push(text.length);

  return { folded, origins };
}

function matchKey(text: string): string {
  return normalizeSpaces(foldAccents(text)).toLocaleLowerCase();
}

/** Writes a term as a pattern that allows any run of spaces between its words and matches whole words only, unless the term is in an unspaced script. */
function termPattern(term: string): string {
  const body = term
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"))
    .join("\\s+");
  const before = UNSPACED_SCRIPT.test(term.charAt(0)) ? "" : `(?<!${WORD_CHARACTER})`;
  const after = UNSPACED_SCRIPT.test(term.charAt(term.length - 1)) ? "" : `(?!${WORD_CHARACTER})`;

  return `${before}${body}${after}`;
}

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, " ").replace(/’/g, "'");
}
