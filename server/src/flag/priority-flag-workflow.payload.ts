import { Field, ObjectType } from "type-graphql";
import { PriorityFlagEvent } from "./priority-flag-event.entity";
import { PriorityFlag } from "./priority-flag.entity";

@ObjectType({ description: "Result of a workflow step on a priority flag." })
export class PriorityFlagStepPayload {
  @Field(() => PriorityFlag, { description: "The flag after the step." })
  flag!: PriorityFlag;

  @Field(() => PriorityFlagEvent, { description: "The history event that records the step." })
  event!: PriorityFlagEvent;
}
