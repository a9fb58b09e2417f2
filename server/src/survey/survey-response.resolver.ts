import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { loadReferenced } from "../common/loaders";
import type { GraphQLContext } from "../graphql/context";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { SurveyAnswerView } from "./survey-answer.type";
import { SurveyHighlight } from "./survey-highlight.type";
import { highlightsOf } from "./survey-highlights";
import { SurveyResponseConnection } from "./survey-response-connection.type";
import { SurveyResponse } from "./survey-response.entity";
import { SurveyResponseService } from "./survey-response.service";
import { SurveyResponsesArgs } from "./survey-responses.args";
import { Survey } from "./survey.entity";

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @Query(() => SurveyResponseConnection, {
    description: "The survey responses of the viewer's partner, across every program and mentorship, one page at a time; newest submission first unless `sort` sets another order.",
  })
  surveyResponses(@Args() args: SurveyResponsesArgs, @Ctx() context: GraphQLContext): Promise<SurveyResponseConnection> {
    return new SurveyResponseService(context.scope).list(args);
  }

  @FieldResolver(() => Survey, { description: "The survey answered." })
  survey(@Root() response: SurveyResponse, @Ctx() context: GraphQLContext): Promise<Survey> {
    return loadReferenced(context.loaders.survey.surveyById, response.surveyId, "Survey");
  }

  @FieldResolver(() => Mentorship, { nullable: true, description: "The mentorship the response is about; null when it is about none, such as a matching survey answered before the match." })
  mentorship(@Root() response: SurveyResponse, @Ctx() context: GraphQLContext): Promise<Mentorship | null> {
    return response.mentorshipId ? context.loaders.mentorship.byId.load(response.mentorshipId) : Promise.resolve(null);
  }

  @FieldResolver(() => Participant, { description: "The mentor or mentee who answered." })
  respondent(@Root() response: SurveyResponse, @Ctx() context: GraphQLContext): Promise<Participant> {
    return loadReferenced(context.loaders.participant.byId, response.respondentId, "Participant");
  }

  @FieldResolver(() => [SurveyAnswerView], { description: "Every answer of the response, in question order; optional questions left unanswered have none." })
  answers(@Root() response: SurveyResponse, @Ctx() context: GraphQLContext): Promise<SurveyAnswerView[]> {
    return context.loaders.survey.answersByResponse.load(response.id);
  }

  @FieldResolver(() => [SurveyHighlight], {
    description:
      "What the expanded table row shows: every non-blank open-text answer and every answer to a highlight question, in question order, then for assessments the average Likert score of each area.",
  })
  async highlights(@Root() response: SurveyResponse, @Ctx() context: GraphQLContext): Promise<SurveyHighlight[]> {
    const [answers, areaScores] = await Promise.all([
      context.loaders.survey.answersByResponse.load(response.id),
      context.loaders.survey.areaScoresByResponse.load(response.id),
    ]);

    return highlightsOf(response.id, answers, areaScores);
  }
}
