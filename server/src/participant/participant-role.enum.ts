import { registerEnumType } from "type-graphql";

/** The side a participant takes in a mentorship. */
export enum ParticipantRole {
  MENTOR = "MENTOR",
  MENTEE = "MENTEE",
}

registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "The side a participant takes in a program's mentorships.",
  valuesConfig: {
    MENTOR: { description: "Gives guidance; usually reports flags about the mentee." },
    MENTEE: { description: "Receives guidance; chooses goals in the matching survey." },
  },
});
