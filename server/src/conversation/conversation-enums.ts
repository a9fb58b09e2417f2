import { registerEnumType } from "type-graphql";

/** Medium of a conversation. */
export enum ConversationMedium {
  VIDEO = "VIDEO",
  PHONE = "PHONE",
  TEXT_OR_EMAIL = "TEXT_OR_EMAIL",
  IN_PERSON = "IN_PERSON",
}

/** Source through which a conversation was logged. */
export enum ConversationSource {
  POST_SESSION_SURVEY = "POST_SESSION_SURVEY",
  CHECK_IN = "CHECK_IN",
  BACKFILL = "BACKFILL",
}

registerEnumType(ConversationMedium, {
  name: "ConversationMedium",
  description: "Medium of a conversation.",
  valuesConfig: {
    VIDEO: { description: "A video call." },
    PHONE: { description: "A phone call." },
    TEXT_OR_EMAIL: { description: "An exchange of text messages or email." },
    IN_PERSON: { description: "A meeting in person." },
  },
});

registerEnumType(ConversationSource, {
  name: "ConversationSource",
  description: "Source through which a conversation was logged. Every source counts towards the conversation totals.",
  valuesConfig: {
    POST_SESSION_SURVEY: { description: "Logged by a participant's post-session survey." },
    CHECK_IN: { description: "Logged by a quick check-in, without a survey." },
    BACKFILL: { description: "Added automatically, for example from a calendar or a messaging integration." },
  },
});
