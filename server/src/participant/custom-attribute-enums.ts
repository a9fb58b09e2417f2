import { registerEnumType } from "type-graphql";

/** How a custom attribute's value is to be read. */
export enum CustomAttributeValueType {
  TEXT = "TEXT",
  NUMBER = "NUMBER",
  BOOLEAN = "BOOLEAN",
  DATE = "DATE",
}

/** Where a custom attribute's value came from. */
export enum CustomAttributeSource {
  INSTITUTION = "INSTITUTION",
  SURVEY = "SURVEY",
}

registerEnumType(CustomAttributeValueType, {
  name: "CustomAttributeValueType",
  description: "How the text of a custom attribute value is to be read.",
  valuesConfig: {
    TEXT: { description: "Free text." },
    NUMBER: { description: "A decimal number written with a dot, such as 3.5." },
    BOOLEAN: { description: "The text `true` or `false`." },
    DATE: { description: "A calendar date written as YYYY-MM-DD." },
  },
});

registerEnumType(CustomAttributeSource, {
  name: "CustomAttributeSource",
  description: "Where a custom attribute's value came from.",
  valuesConfig: {
    INSTITUTION: { description: "Imported from the partner's own records, such as a student information system." },
    SURVEY: { description: "Answered by the participant in a survey." },
  },
});
