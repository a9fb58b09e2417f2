import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { FieldGroup } from "../auth/field-access";
import { Restricted } from "../auth/restricted.decorator";
import { StaffUser } from "../auth/staff-user.entity";
import { idColumn, instantColumn, nullableIdColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { FlagResolutionReason, FlagStatus, PriorityFlagEventType } from "./flag-enums";
import { PriorityFlag } from "./priority-flag.entity";

/** One step of a flag's staff workflow; rows are only ever inserted, so they form the flag's history. */
@ObjectType({ description: "One step of a priority flag's staff workflow: who did what, and when." })
@Entity({ name: "priority_flag_event" })
@Index(["flagId", "occurredAt"])
export class PriorityFlagEvent {
  @Field(() => ID, { description: "Typed id, starting with `fev_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => PriorityFlag, { onDelete: "CASCADE" })
  @Column(idColumn())
  flagId!: string;

  @Field(() => PriorityFlagEventType, { description: "What happened." })
  @Column({ type: "varchar", length: 16 })
  type!: PriorityFlagEventType;

  @Field(() => FlagStatus, { description: "Status of the flag before the step." })
  @Column({ type: "varchar", length: 16 })
  fromStatus!: FlagStatus;

  @Field(() => FlagStatus, { description: "Status of the flag after the step; equal to `fromStatus` for an assignment." })
  @Column({ type: "varchar", length: 16 })
  toStatus!: FlagStatus;

  @ForeignKey(() => StaffUser, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  actorId!: string | null;

  @Field(() => String, { description: "Name of whoever took the step, as it was then; kept when the staff user is deleted." })
  @Column({ type: "varchar", length: 200 })
  actorLabel!: string;

  @Field(() => Date, { description: "When the step was taken." })
  @Column(instantColumn())
  occurredAt!: Date;

  @ForeignKey(() => StaffUser, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  assigneeId!: string | null;

  @Field(() => FlagResolutionReason, { nullable: true, description: "Reason given, for RESOLVED steps; null for the others." })
  @Column({ type: "varchar", length: 24, nullable: true })
  resolutionReason!: FlagResolutionReason | null;

  @Field(() => String, {
    nullable: true,
    description: "Free-text note given with the step; null when none. Null with a FORBIDDEN error when the viewer's role may not read flag notes.",
  })
  @Restricted(FieldGroup.FLAG_NOTES)
  @Column({ type: "text", nullable: true })
  note!: string | null;
}
