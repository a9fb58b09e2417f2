import { ArrayMaxSize, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsTypedId } from "../common/validation";
import { ParticipantRole } from "./participant-role.enum";

@InputType({ description: "Conditions a participant must meet to be listed; omitted fields do not filter, and all given fields must hold." })
export class ParticipantFilter {
  @Field(() => [ID], { nullable: true, description: "Only participants of these programs (`prg_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("program", { each: true })
  programIds?: string[] | null;

  @Field(() => [ParticipantRole], { nullable: true, description: "Only participants with one of these roles." })
  roles?: ParticipantRole[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Only participants whose first, last or preferred name, or full name, contains this text, ignoring case and Latin accents (at most 100 characters).",
  })
  @MaxLength(100)
  search?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Only participants whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted participants are listed by `deletedRecords`.",
  })
  updatedSince?: Date | null;
}
