import type { SeededRandom, Weighted } from "./random";

/** First names grouped by the gender the generator pairs them with, for plausible pronouns. */
const FIRST_NAMES = {
  woman: [
    "Amara", "Ana", "Aaliyah", "Beatriz", "Chloé", "Daniela", "Emily", "Fatima", "Grace", "Hana", "Imani", "Isabella",
    "Jasmine", "Keisha", "Leilani", "Lucía", "Maya", "Mei", "Nadia", "Naomi", "Olivia", "Priya", "Renée", "Sofia",
    "Tamar", "Thandiwe", "Valentina", "Yasmin", "Zainab", "Ximena", "Ingrid", "Camille", "Aiyana", "Sakura",
  ],
  man: [
    "Aarav", "Andrés", "Benjamin", "Caleb", "Darnell", "Diego", "Elijah", "Ethan", "Farid", "Gabriel", "Hiroshi", "Ibrahim",
    "Jamal", "José", "Kwame", "Liam", "Malik", "Mateo", "Noah", "Omar", "Pablo", "Quinton", "Rafael", "Samuel",
    "Tenzin", "Tomás", "Victor", "Wei", "Xavier", "Yusuf", "Zachary", "Björn", "Kai", "Nikolai",
  ],
  neutral: ["Alex", "Avery", "Jordan", "Riley", "Sam", "Taylor", "Quinn", "Rowan", "Skyler", "Emerson", "Jesse", "Robin"],
} as const;

const LAST_NAMES = [
  "Adeyemi", "Alvarez", "Anderson", "Bautista", "Bennett", "Brooks", "Castillo", "Chen", "Clark", "Cohen", "Diaz",
  "Dubois", "Edwards", "Fernández", "Fischer", "Flores", "Garcia", "Gonzalez", "Gupta", "Hall", "Harris", "Hernández",
  "Hoang", "Ibrahim", "Jackson", "Jensen", "Johnson", "Kaur", "Khan", "Kim", "Kowalski", "Lee", "Lopez", "Martin",
  "Martinez", "Mbeki", "Miller", "Mitchell", "Moreno", "Müller", "Murphy", "Nakamura", "Nguyen", "Novak", "Okafor",
  "Okonkwo", "Olsen", "Ortiz", "Park", "Patel", "Peña", "Perez", "Petrov", "Phillips", "Quispe", "Ramirez", "Reyes",
  "Rivera", "Robinson", "Rossi", "Sánchez", "Santos", "Schmidt", "Shah", "Silva", "Singh", "Smith", "Sullivan",
  "Tanaka", "Taylor", "Thomas", "Torres", "Tran", "Turner", "Vargas", "Walker", "Washington", "White", "Williams",
  "Wilson", "Wright", "Yamamoto", "Young", "Zhang", "Zhou", "MacLeod", "St. James", "van der Berg", "Al-Masri",
];

type Gender = keyof typeof FIRST_NAMES;

const GENDER_LABELS: Record<Gender, string> = { woman: "Woman", man: "Man", neutral: "Non-binary" };

const PRONOUNS: Record<Gender, readonly Weighted<string | null>[]> = {
  woman: [["she/her", 80], ["she/they", 8], [null, 12]],
  man: [["he/him", 80], ["he/they", 8], [null, 12]],
  neutral: [["they/them", 75], ["she/they", 8], ["he/they", 7], [null, 10]],
};

const PREFERRED_NAMES: Record<string, string> = {
  Benjamin: "Ben",
  Elijah: "Eli",
  Gabriel: "Gabe",
  Isabella: "Bella",
  Nikolai: "Niko",
  Olivia: "Liv",
  Samuel: "Sam",
  Valentina: "Vale",
  Xavier: "Xavi",
  Zachary: "Zach",
};

/** A generated name with the demographics it implies. */
export interface GeneratedPerson {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  gender: string | null;
}

export function generatePerson(random: SeededRandom): GeneratedPerson {
  const gender = random.weighted<Gender>([["woman", 48], ["man", 44], ["neutral", 8]]);
  const firstName = random.pick(FIRST_NAMES[gender]);
  const nickname = PREFERRED_NAMES[firstName];

  return {
    firstName,
    lastName: random.pick(LAST_NAMES),
    preferredName: nickname && random.chance(0.6) ? nickname : null,
    pronouns: random.weighted(PRONOUNS[gender]),
    gender: random.chance(0.06) ? "Prefer not to say" : GENDER_LABELS[gender],
  };
}

/** Lowercase ASCII letters for an email local part; accents are dropped and other scripts give an empty string. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");
}
