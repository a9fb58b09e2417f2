import { ArrayMaxSize, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsTypedId } from "../common/validation";

@InputType({ description: "Conditions a program must meet to be listed; omitted fields do not filter." })
export class ProgramFilter {
  @Field(() => [ID], { nullable: true, description: "Only these programs (`prg_` ids, at most 100)." })
  @ArrayMaxSize(100)
  @IsTypedId("program", { each: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only programs whose name contains this text, ignoring case and accents (at most 100 characters)." })
  @MaxLength(100)
  search?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Only programs whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted programs are listed by `deletedRecords`.",
  })
  updatedSince?: Date | null;
}
