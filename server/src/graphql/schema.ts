import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { PriorityFlagResolver } from "../flag/priority-flag.resolver";
import { MentorshipResolver } from "../mentorship/mentorship.resolver";
import { ParticipantResolver } from "../participant/participant.resolver";
import { ProgramResolver } from "../partner/program.resolver";
import { ViewerResolver } from "../partner/viewer.resolver";
import { SurveyResponseResolver } from "../survey/survey-response.resolver";

/** Every resolver class of the API. */
const RESOLVERS = [ViewerResolver, ProgramResolver, MentorshipResolver, ParticipantResolver, SurveyResponseResolver, PriorityFlagResolver] as const;

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
      "Read access to the signed-in viewer's partner: its programs, participants, mentorships and priority flags. Every field reads only that partner's data.";
  }

  return schema;
}
