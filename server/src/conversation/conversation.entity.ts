import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, nullableIdColumn, instantColumn } from "../db/column-types";
import { ParticipantRole } from "../participant/participant-role.enum";
import { ConversationMedium, ConversationSource } from "./conversation-enums";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyResponse } from "../survey/survey-response.entity";

/** A logged contact between the two people of a mentorship. */
@ObjectType({ implements: Node, description: "A logged contact between the mentor and the mentee of a mentorship." })
@Entity({ name: "conversation" })
@Index(["mentorshipId", "occurredAt"])
@Index(["partnerId", "occurredAt"])
@Index(["programId", "externalId"], { unique: true })
export class Conversation {
  @Field(() => ID, { description: "Typed id, starting with `cnv_`." })
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

  @ForeignKey(() => Mentorship, { onDelete: "CASCADE" })
  @Column(idColumn())
  mentorshipId!: string;

  @Field(() => Date, { description: "When the conversation took place." })
  @Column(instantColumn())
  occurredAt!: Date;

  @Field(() => ConversationMedium, { description: "How the conversation took place." })
  @Column({ type: "varchar", length: 16 })
  medium!: ConversationMedium;

  @Field(() => Int, { nullable: true, description: "Length in minutes; null when not reported." })
  @Column({ type: "integer", nullable: true })
  durationMinutes!: number | null;

  @Field(() => [String], { description: "Topics discussed, as chosen by whoever logged it; empty when none were given." })
  @Column({ type: "simple-json" })
  topics!: string[];

  @Field(() => ParticipantRole, { nullable: true, description: "Which of the two logged it; null for automatic backfills." })
  @Column({ type: "varchar", length: 16, nullable: true })
  loggedByRole!: ParticipantRole | null;

  @Field(() => ConversationSource, { description: "How the conversation came to be logged." })
  @Column({ type: "varchar", length: 24 })
  source!: ConversationSource;

  /** The post-session response that logged this conversation, when the source is a survey. */
  @Index()
  @ForeignKey(() => SurveyResponse, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  surveyResponseId!: string | null;
}
