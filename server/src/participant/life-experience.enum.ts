import { registerEnumType } from "type-graphql";

/** A life experience a participant reports, used to find common ground in a pair. */
export enum LifeExperience {
  FIRST_GENERATION_STUDENT = "FIRST_GENERATION_STUDENT",
  TRANSFER_STUDENT = "TRANSFER_STUDENT",
  VETERAN = "VETERAN",
  PARENT = "PARENT",
  INTERNATIONAL_STUDENT = "INTERNATIONAL_STUDENT",
  STUDENT_ATHLETE = "STUDENT_ATHLETE",
  WORKED_WHILE_STUDYING = "WORKED_WHILE_STUDYING",
  CAREER_CHANGER = "CAREER_CHANGER",
  RURAL_BACKGROUND = "RURAL_BACKGROUND",
}

/** Labels shown to staff and written to CSV files. */
export const LIFE_EXPERIENCE_LABELS: Record<LifeExperience, string> = {
  FIRST_GENERATION_STUDENT: "First-generation student",
  TRANSFER_STUDENT: "Transfer student",
  VETERAN: "Veteran",
  PARENT: "Parent",
  INTERNATIONAL_STUDENT: "International student",
  STUDENT_ATHLETE: "Student athlete",
  WORKED_WHILE_STUDYING: "Worked while studying",
  CAREER_CHANGER: "Career changer",
  RURAL_BACKGROUND: "Rural background",
};

registerEnumType(LifeExperience, {
  name: "LifeExperience",
  description: "A life experience a participant reports about themselves.",
  valuesConfig: Object.fromEntries(
    Object.entries(LIFE_EXPERIENCE_LABELS).map(([value, label]) => [value, { description: `${label}.` }]),
  ),
});
