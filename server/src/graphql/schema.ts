import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { FlagCategoryResolver } from "../flag/flag-category.resolver";
import { PriorityFlagEventResolver } from "../flag/priority-flag-event.resolver";
import { PriorityFlagResolver } from "../flag/priority-flag.resolver";
import { MentorshipResolver } from "../mentorship/mentorship.resolver";
import { NodeResolver } from "../node/node.resolver";
import { ParticipantResolver } from "../participant/participant.resolver";
import { ProgramResolver } from "../partner/program.resolver";
import { ViewerResolver } from "../partner/viewer.resolver";
import { SurveyAnswerResolver } from "../survey/survey-answer.resolver";
import { SurveyHighlightResolver } from "../survey/survey-highlight.resolver";
import { SurveyResponseResolver } from "../survey/survey-response.resolver";
import { DeletedRecordResolver } from "../sync/deleted-record.resolver";

/** Every resolver class of the API. */
const RESOLVERS = [
  ViewerResolver,
  ProgramResolver,
  MentorshipResolver,
  ParticipantResolver,
  SurveyResponseResolver,
  PriorityFlagResolver,
  FlagCategoryResolver,
  NodeResolver,
  DeletedRecordResolver,
  PriorityFlagEventResolver,
  SurveyAnswerResolver,
  SurveyHighlightResolver,
] as const;

/**
 * Builds the executable schema from the decorated classes. Arguments and input objects are
 * checked with their class-validator rules before a resolver runs; `Date` fields are
 * `DateTimeISO` instants in UTC.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
  });

  // type-graphql has no option for the root type's description, which the explorer shows first.
  const query = schema.getQueryType();
  if (query) {
    query.description =
      "Read access to the signed-in viewer's partner: its programs, participants, mentorships, survey responses and priority flags, any of them by global id, and the deletions an integration needs to sync. Every field reads only that partner's data.";
  }

  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description = "Changes to the viewer's partner's data, such as the workflow steps of priority flags. Every field changes only that partner's data.";
  }

  return schema;
}
