import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { loadReferenced } from "../common/loaders";
import type { GraphQLContext } from "../graphql/context";
import { Mentorship } from "../mentorship/mentorship.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Program } from "../partner/program.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { ParticipantPriorityFlagsArgs } from "./participant-priority-flags.args";
import { ParticipantSurveyResponsesArgs } from "./participant-survey-responses.args";
import { CustomAttribute } from "./custom-attribute.type";
import { LIFE_EXPERIENCE_LABELS, LifeExperience } from "./life-experience.enum";
import { ParticipantConnection } from "./participant-connection.type";
import { displayNameOf, initialsOf } from "./participant-display-name";
import { ParticipantMentorshipsArgs } from "./participant-mentorships.args";
import { Participant } from "./participant.entity";
import { ParticipantService } from "./participant.service";
import { ParticipantsArgs } from "./participants.args";

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, {
    nullable: true,
    description: "One participant of the viewer's partner. An unknown id, or one of another partner, fails with NOT_FOUND; a malformed id with BAD_USER_INPUT.",
  })
  async participant(
    @Arg("id", () => ID, { description: "Participant id, starting with `par_`." }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Participant> {
    const participant = await new ParticipantService(context.scope).findById(id);
    context.loaders.participant.byId.prime(participant.id, participant);

    return participant;
  }

  @Query(() => ParticipantConnection, { description: "The participants of the viewer's partner, one page at a time." })
  async participants(@Args() args: ParticipantsArgs, @Ctx() context: GraphQLContext): Promise<ParticipantConnection> {
    const connection = await new ParticipantService(context.scope).list(args);
    for (const { node } of connection.edges) {
      context.loaders.participant.byId.prime(node.id, node);
    }

    return connection;
  }

  @FieldResolver(() => String, { description: "Name shown to staff: the preferred name, or else the first name, then the last name." })
  displayName(@Root() participant: Participant): string {
    return displayNameOf(participant);
  }

  @FieldResolver(() => String, { description: "Up to two upper-case letters from the shown given name and the last name, shown when there is no picture." })
  initials(@Root() participant: Participant): string {
    return initialsOf(participant);
  }

  @FieldResolver(() => Program, { description: "The program the participant belongs to." })
  program(@Root() participant: Participant, @Ctx() context: GraphQLContext): Promise<Program> {
    return loadReferenced(context.loaders.partner.programById, participant.programId, "Program");
  }

  @FieldResolver(() => [LifeExperience], { description: "Life experiences the participant reports, in the enum's order." })
  lifeExperiences(@Root() participant: Participant, @Ctx() context: GraphQLContext): Promise<LifeExperience[]> {
    return context.loaders.participant.lifeExperiences.load(participant.id);
  }

  @FieldResolver(() => [String], { description: "Labels of `lifeExperiences`, in the same order, such as `First-generation student`." })
  async lifeExperienceLabels(@Root() participant: Participant, @Ctx() context: GraphQLContext): Promise<string[]> {
    const experiences = await context.loaders.participant.lifeExperiences.load(participant.id);

    return experiences.map((experience) => LIFE_EXPERIENCE_LABELS[experience]);
  }

  @FieldResolver(() => [String], { description: "Goals chosen in the matching survey, in the order chosen; usually empty for mentors." })
  goals(@Root() participant: Participant, @Ctx() context: GraphQLContext): Promise<string[]> {
    return context.loaders.participant.goals.load(participant.id);
  }

  @FieldResolver(() => [CustomAttribute], { description: "The partner's own profile fields that have a value for this participant, in the program's display order." })
  customAttributes(@Root() participant: Participant, @Ctx() context: GraphQLContext): Promise<CustomAttribute[]> {
    return context.loaders.participant.customAttributes.load(participant.id);
  }

  @FieldResolver(() => [Mentorship], { description: "Mentorships the participant is part of, as mentor or mentee; newest match first unless `sort` says otherwise." })
  mentorships(@Root() participant: Participant, @Args() args: ParticipantMentorshipsArgs, @Ctx() context: GraphQLContext): Promise<Mentorship[]> {
    return context.loaders.mentorship.byParticipant.forArguments(args).load(participant.id);
  }

  @FieldResolver(() => [SurveyResponse], {
    description: "Survey responses the participant submitted, about any of their mentorships or none; newest first unless `sort` says otherwise.",
  })
  surveyResponses(@Root() participant: Participant, @Args() args: ParticipantSurveyResponsesArgs, @Ctx() context: GraphQLContext): Promise<SurveyResponse[]> {
    return context.loaders.survey.responsesByRespondent.forArguments(args).load(participant.id);
  }

  @FieldResolver(() => [PriorityFlag], { description: "Priority flags raised about the participant, in any mentorship or none; newest first unless `sort` says otherwise." })
  priorityFlags(@Root() participant: Participant, @Args() args: ParticipantPriorityFlagsArgs, @Ctx() context: GraphQLContext): Promise<PriorityFlag[]> {
    return context.loaders.flag.bySubject.forArguments(args).load(participant.id);
  }
}
