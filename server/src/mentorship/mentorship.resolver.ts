import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { loadReferenced } from "../common/loaders";
import { Conversation } from "../conversation/conversation.entity";
import { MentorshipConversationsArgs } from "../conversation/mentorship-conversations.args";
import { MentorshipPriorityFlagsArgs } from "../flag/mentorship-priority-flags.args";
import { PriorityFlag } from "../flag/priority-flag.entity";
import type { GraphQLContext } from "../graphql/context";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { MentorshipSurveyResponsesArgs } from "../survey/mentorship-survey-responses.args";
import { SurveyResponse } from "../survey/survey-response.entity";
import { CommonGround } from "./common-ground.type";
import { MentorshipConnection } from "./mentorship-connection.type";
import { Mentorship } from "./mentorship.entity";
import { MentorshipService } from "./mentorship.service";
import { MentorshipsArgs } from "./mentorships.args";

@Resolver(() => Mentorship)
export class MentorshipResolver {
  @Query(() => Mentorship, {
    nullable: true,
    description: "One mentorship of the viewer's partner. An unknown id, or one of another partner, fails with NOT_FOUND; a malformed id with BAD_USER_INPUT.",
  })
  async mentorship(
    @Arg("id", () => ID, { description: "Mentorship id, starting with `mtr_`." }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Mentorship> {
    const mentorship = await new MentorshipService(context.scope).findById(id);
    context.loaders.mentorship.byId.prime(mentorship.id, mentorship);

    return mentorship;
  }

  @Query(() => MentorshipConnection, { description: "The mentorships of the viewer's partner, one page at a time." })
  async mentorships(@Args() args: MentorshipsArgs, @Ctx() context: GraphQLContext): Promise<MentorshipConnection> {
    const connection = await new MentorshipService(context.scope).list(args);
    for (const { node } of connection.edges) {
      context.loaders.mentorship.byId.prime(node.id, node);
    }

    return connection;
  }

  @FieldResolver(() => Program, { description: "The program the pair belongs to." })
  program(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Program> {
    return loadReferenced(context.loaders.partner.programById, mentorship.programId, "Program");
  }

  @FieldResolver(() => Participant, { description: "The mentor of the pair." })
  mentor(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Participant> {
    return loadReferenced(context.loaders.participant.byId, mentorship.mentorId, "Participant");
  }

  @FieldResolver(() => Participant, { description: "The mentee of the pair." })
  mentee(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Participant> {
    return loadReferenced(context.loaders.participant.byId, mentorship.menteeId, "Participant");
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the latest conversation took place, whatever its source (post-session survey, check-in or backfill); null when none was logged.",
  })
  async lastConversationAt(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Date | null> {
    return (await context.loaders.mentorship.stats.load(mentorship.id)).lastConversationAt;
  }

  @FieldResolver(() => Int, {
    description:
      "Number of conversations logged, from every source. It can exceed the post-session rows of `surveyResponses(filter: {highlightsOnly: true})`, which lists only responses with an answered optional open-text question.",
  })
  async conversationCount(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<number> {
    return (await context.loaders.mentorship.stats.load(mentorship.id)).conversationCount;
  }

  @FieldResolver(() => Int, { description: "Number of priority flags reported for the pair, whatever their status." })
  async priorityFlagCount(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<number> {
    return (await context.loaders.mentorship.stats.load(mentorship.id)).priorityFlagCount;
  }

  @FieldResolver(() => Int, { description: "Number of the pair's priority flags with status OPEN or IN_PROGRESS." })
  async openPriorityFlagCount(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<number> {
    return (await context.loaders.mentorship.stats.load(mentorship.id)).openPriorityFlagCount;
  }

  @FieldResolver(() => [String], { description: "The goals the mentee chose in the matching survey, in the order chosen." })
  menteeGoals(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<string[]> {
    return context.loaders.participant.goals.load(mentorship.menteeId);
  }

  @FieldResolver(() => [CommonGround], {
    description:
      "What the mentor and the mentee have in common: shared life experiences, then options both chose for the same comparable matching-survey question, then comparable custom attributes with equal values.",
  })
  commonGround(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<CommonGround[]> {
    return context.loaders.mentorship.commonGround.load(mentorship.id);
  }

  @FieldResolver(() => [Conversation], { description: "Conversations the pair logged, from every source; latest first unless `sort` sets another order." })
  conversations(@Root() mentorship: Mentorship, @Args() args: MentorshipConversationsArgs, @Ctx() context: GraphQLContext): Promise<Conversation[]> {
    return context.loaders.conversation.byMentorship.forArguments(args).load(mentorship.id);
  }

  @FieldResolver(() => [SurveyResponse], {
    description:
      "Survey responses of the mentor and the mentee that concern this mentorship or no mentorship at all (such as a matching survey answered before the match); newest first unless `sort` sets another order.",
  })
  surveyResponses(@Root() mentorship: Mentorship, @Args() args: MentorshipSurveyResponsesArgs, @Ctx() context: GraphQLContext): Promise<SurveyResponse[]> {
    return context.loaders.survey.responsesByMentorship.forArguments(args).load(mentorship.id);
  }

  @FieldResolver(() => [PriorityFlag], { description: "Every priority flag reported for the pair; newest first unless `sort` sets another order." })
  priorityFlags(@Root() mentorship: Mentorship, @Args() args: MentorshipPriorityFlagsArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlag[]> {
    return context.loaders.flag.byMentorship.forArguments(args).load(mentorship.id);
  }

  @FieldResolver(() => String, {
    description: "Relative URL of the CSV file with all data of this mentorship, such as `/export/mentorships/mtr_….csv`; it needs the same session.",
  })
  exportUrl(@Root() mentorship: Mentorship): string {
    return `/export/mentorships/${mentorship.id}.csv`;
  }
}
