import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, type ClassType, Field, ID, InputType } from "type-graphql";
import { IsTypedId } from "../common/validation";
import { FlagResolutionReason } from "./flag-enums";

/** Maximum length of a workflow step's note, in characters. */
export const MAX_FLAG_NOTE_LENGTH = 4000;

@InputType({ description: "Which flag a workflow step applies to, and an optional note for its history." })
export class PriorityFlagStepInput {
  @Field(() => ID, { description: "Priority flag id, starting with `flg_`." })
  @IsTypedId("priorityFlag")
  flagId!: string;

  @Field(() => String, { nullable: true, description: `Note recorded with the step in the flag's history (at most ${MAX_FLAG_NOTE_LENGTH} characters).` })
  @IsOptional()
  @MaxLength(MAX_FLAG_NOTE_LENGTH)
  note?: string | null;
}

@InputType({ description: "Makes a staff member the assignee of a flag, or removes the assignee." })
export class AssignPriorityFlagInput extends PriorityFlagStepInput {
  @Field(() => ID, {
    nullable: true,
    description: "Staff user id (`usr_`) of the viewer's partner to assign; null to leave the flag unassigned. Staff of another partner fail with NOT_FOUND.",
  })
  @IsOptional()
  @IsTypedId("staffUser")
  assigneeId?: string | null;
}

@InputType({ description: "Moves an OPEN flag to IN_PROGRESS." })
export class StartPriorityFlagInput extends PriorityFlagStepInput {}

@InputType({ description: "Resolves an OPEN or IN_PROGRESS flag." })
export class ResolvePriorityFlagInput extends PriorityFlagStepInput {
  @Field(() => FlagResolutionReason, { description: "Why the flag is resolved; required." })
  reason!: FlagResolutionReason;
}

@InputType({ description: "Moves a RESOLVED flag back to IN_PROGRESS." })
export class ReopenPriorityFlagInput extends PriorityFlagStepInput {}

/**
 * Declares the arguments of a workflow mutation: one `input` object. Declared as an args class
 * rather than a single argument, so that a rule broken inside the input is reported under its
 * full path, such as `input.flagId`.
 */
function StepArgs<Input extends PriorityFlagStepInput>(inputType: ClassType<Input>, description: string) {
  @ArgsType()
  class WorkflowStepArgs {
    @Field(() => inputType, { description })
    @ValidateNested()
    input!: Input;
  }

  return WorkflowStepArgs;
}

@ArgsType()
export class AssignPriorityFlagArgs extends StepArgs(AssignPriorityFlagInput, "The flag and the new assignee.") {}

@ArgsType()
export class StartPriorityFlagArgs extends StepArgs(StartPriorityFlagInput, "The flag to start.") {}

@ArgsType()
export class ResolvePriorityFlagArgs extends StepArgs(ResolvePriorityFlagInput, "The flag, the reason and the note.") {}

@ArgsType()
export class ReopenPriorityFlagArgs extends StepArgs(ReopenPriorityFlagInput, "The flag to reopen.") {}
