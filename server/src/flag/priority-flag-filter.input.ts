import { ArrayMaxSize } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsNotBefore, IsTypedId } from "../common/validation";
import { FlagStatus } from "./flag-enums";

@InputType({ description: "Conditions a priority flag must meet to be listed; omitted fields do not filter, and all given fields must hold." })
export class PriorityFlagFilter {
  @Field(() => [FlagStatus], { nullable: true, description: "Only flags with one of these statuses." })
  statuses?: FlagStatus[] | null;

  @Field(() => [ID], { nullable: true, description: "Only flags in one of these categories (`fct_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("flagCategory", { each: true })
  categoryIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: only flags needing immediate support; false: only the others." })
  urgent?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Only flags reported at or after this instant." })
  reportedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only flags reported at or before this instant; must not be before `reportedFrom`." })
  @IsNotBefore("reportedFrom")
  reportedTo?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Only flags whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted flags are listed by `deletedRecords`.",
  })
  updatedSince?: Date | null;

  @Field(() => [ID], { nullable: true, description: "Only flags of these programs (`prg_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("program", { each: true })
  programIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only flags assigned to one of these staff users (`usr_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("staffUser", { each: true })
  assigneeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: only flags with an assignee; false: only unassigned flags." })
  assigned?: boolean | null;
}
