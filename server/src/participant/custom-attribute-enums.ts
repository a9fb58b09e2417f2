import { registerEnumType } from "type-graphql";

/** Value type of a custom attribute. */
export enum CustomAttributeValueType {
  TEXT = "TEXT",
  NUMBER = "NUMBER",
  BOOLEAN = "BOOLEAN",
  DATE = "DATE",
}

/** Origin of a custom attribute's value. */
export enum CustomAttributeSource {
  INSTITUTION = "INSTITUTION",
  SURVEY = "SURVEY",
}

registerEnumType(CustomAttributeValueType, {
  name: "CustomAttributeValueType",
  description: "Value type that tells how the text of a custom attribute value is read.",
  valuesConfig: {
    TEXT: { description: "Free text." },
    NUMBER: { description: "A decimal number written with a dot, such as 3.5." },
    BOOLEAN: { description: "The text `true` or `false`." },
    DATE: { description: "A calendar date written as YYYY-MM-DD." },
  },
});

registerEnumType(CustomAttributeSource, {
  name: "CustomAttributeSource",
  description: "Origin of a custom attribute's value.",
  valuesConfig: {
    INSTITUTION: { description: "Imported from the partner's own records, such as a student information system." },
    SURVEY: { description: "Answered by the participant in a survey." },
  },
});
