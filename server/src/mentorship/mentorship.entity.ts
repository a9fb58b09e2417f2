import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, instantColumn } from "../db/column-types";
import { LocalDateScalar } from "../common/scalars";
import { MentorshipStatus, UnmatchReason } from "./mentorship-enums";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";

/** One mentor paired with one mentee in one program. */
@ObjectType({ implements: Node, description: "One mentor paired with one mentee in one program." })
@Entity({ name: "mentorship" })
@Index(["partnerId", "matchedOn"])
@Index(["partnerId", "status", "matchedOn"])
@Index(["programId", "matchedOn"])
@Index(["programId", "externalId"], { unique: true })
@Index(["partnerId", "updatedAt"])
export class Mentorship {
  @Field(() => ID, { description: "Typed id, starting with `mtr_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  @Field(() => String, { nullable: true, description: "The partner's own id for this pair, unique within the program." })
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId!: string | null;

  @Index()
  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @Column(idColumn())
  mentorId!: string;

  @Index()
  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @Column(idColumn())
  menteeId!: string;

  @Field(() => MentorshipStatus, { description: "Whether the pair is active." })
  @Column({ type: "varchar", length: 16 })
  status!: MentorshipStatus;

  @Field(() => LocalDateScalar, { description: "Calendar date the pair was matched, in the program's own calendar; it does not shift with time zones." })
  @Column({ type: "date" })
  matchedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Calendar date the pair was unmatched; null while matched." })
  @Column({ type: "date", nullable: true })
  unmatchedOn!: string | null;

  @Field(() => UnmatchReason, { nullable: true, description: "Why the pair was unmatched; null while matched." })
  @Column({ type: "varchar", length: 32, nullable: true })
  unmatchReason!: UnmatchReason | null;

  @Field(() => String, { nullable: true, description: "Staff note on the unmatch, required when the reason is `OTHER`." })
  @Column({ type: "text", nullable: true })
  unmatchNote!: string | null;

  @Field(() => Date, { description: "When the mentorship was created in Mentorlens." })
  @Column(instantColumn())
  createdAt!: Date;

  @Field(() => Date, { description: "When any field of the mentorship itself last changed." })
  @Column(instantColumn())
  updatedAt!: Date;
}
