import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { FieldGroup } from "../auth/field-access";
import { Restricted } from "../auth/restricted.decorator";
import { idColumn, nullableIdColumn, instantColumn } from "../db/column-types";
import { ParticipantRole } from "../participant/participant-role.enum";
import { FlagChannel, FlagResolutionReason, FlagStatus } from "./flag-enums";
import { StaffUser } from "../auth/staff-user.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { FlagCategory } from "./flag-category.entity";

/** A concern raised about a participant. */
@ObjectType({ implements: Node, description: "A concern raised about a participant, usually by the mentor about the mentee." })
@Entity({ name: "priority_flag" })
@Index(["mentorshipId", "reportedAt"])
@Index(["partnerId", "reportedAt"])
@Index(["partnerId", "status", "reportedAt"])
@Index(["programId", "reportedAt"])
@Index(["partnerId", "updatedAt"])
@Index(["programId", "externalId"], { unique: true })
export class PriorityFlag {
  @Field(() => ID, { description: "Typed id, starting with `flg_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  /** The partner's own id for this row, unique within its program; set by CSV imports and not exposed in GraphQL yet. Optional so that code creating rows may leave it out. */
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId?: string | null;

  @ForeignKey(() => Mentorship, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  mentorshipId!: string | null;

  @Index()
  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @Column(idColumn())
  subjectId!: string;

  @ForeignKey(() => Participant, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  reportedById!: string | null;

  @Field(() => ParticipantRole, { nullable: true, description: "Role of the participant who raised it; null when staff or an alert raised it." })
  @Column({ type: "varchar", length: 16, nullable: true })
  reportedByRole!: ParticipantRole | null;

  @Field(() => FlagChannel, { description: "Channel through which the flag was raised." })
  @Column({ type: "varchar", length: 24 })
  channel!: FlagChannel;

  @Index()
  @ForeignKey(() => FlagCategory, { onDelete: "RESTRICT" })
  @Column(idColumn())
  categoryId!: string;

  @Field(() => Boolean, { description: "Whether the reporter said immediate support is needed." })
  @Column({ type: "boolean" })
  urgent!: boolean;

  @Field(() => FlagStatus, { description: "Stage of the flag in the staff workflow." })
  @Column({ type: "varchar", length: 16 })
  status!: FlagStatus;

  @Field(() => String, { description: "The concern in the reporter's words." })
  @Column({ type: "text" })
  description!: string;

  @Field(() => Date, { description: "When the flag was raised." })
  @Column(instantColumn())
  reportedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When staff first acted on it (assigned, started or resolved it); null until then." })
  @Column(instantColumn({ nullable: true }))
  firstResponseAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was resolved; null unless the status is `RESOLVED`." })
  @Column(instantColumn({ nullable: true }))
  resolvedAt!: Date | null;

  @ForeignKey(() => StaffUser, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  assigneeId!: string | null;

  @Field(() => FlagResolutionReason, { nullable: true, description: "Reason it was resolved; null unless the status is `RESOLVED`." })
  @Column({ type: "varchar", length: 24, nullable: true })
  resolutionReason!: FlagResolutionReason | null;

  @Field(() => String, { nullable: true, description: "Staff note on the resolution. Null with a FORBIDDEN error when the viewer's role may not read flag notes." })
  @Restricted(FieldGroup.FLAG_NOTES)
  @Column({ type: "text", nullable: true })
  resolutionNote!: string | null;

  @Field(() => Date, {
    description: "When any field of the flag last changed, such as its status or assignee; `priorityFlags(filter: {updatedSince})` reads it for incremental sync.",
  })
  @Column(instantColumn())
  updatedAt!: Date;
}
