import { ArrayMaxSize, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../common/scalars";
import { IsNotBefore, IsTypedId } from "../common/validation";
import { MentorshipStatus } from "./mentorship-enums";

@InputType({ description: "Conditions a mentorship must meet to be listed; omitted fields do not filter, and all given fields must hold." })
export class MentorshipFilter {
  @Field(() => [ID], { nullable: true, description: "Only mentorships of these programs (`prg_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("program", { each: true })
  programIds?: string[] | null;

  @Field(() => [MentorshipStatus], { nullable: true, description: "Only mentorships with one of these statuses." })
  statuses?: MentorshipStatus[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Only mentorships matched on or after this date." })
  matchedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Only mentorships matched on or before this date; must not be before `matchedFrom`." })
  @IsNotBefore("matchedFrom")
  matchedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only mentorships where the mentor's or the mentee's first, last, preferred or full name contains this text, ignoring case and Latin accents (at most 100 characters).",
  })
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only mentorships with at least one OPEN or IN_PROGRESS priority flag; false: only those without any.",
  })
  hasOpenPriorityFlags?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Only mentorships whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted mentorships are listed by `deletedRecords`.",
  })
  updatedSince?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Only mentorships with no conversation logged in this many days before now, including those with none at all (1 to 3650 days).",
  })
  @Min(1)
  @Max(3650)
  noConversationForDays?: number | null;
}
