import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, nullableIdColumn, instantColumn } from "../db/column-types";
import { ParticipantRole } from "../participant/participant-role.enum";
import { SurveyType } from "./survey-enums";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { Survey } from "./survey.entity";

/** One submission of one survey by one participant. */
@ObjectType({ implements: Node, description: "One submission of a survey by a mentor or a mentee." })
@Entity({ name: "survey_response" })
@Index(["mentorshipId", "submittedAt"])
@Index(["respondentId", "submittedAt"])
@Index(["partnerId", "submittedAt"])
@Index(["partnerId", "updatedAt"])
@Index(["programId", "externalId"], { unique: true })
export class SurveyResponse {
  @Field(() => ID, { description: "Typed id, starting with `rsp_`." })
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

  @Index()
  @ForeignKey(() => Survey, { onDelete: "CASCADE" })
  @Column(idColumn())
  surveyId!: string;

  /** Copied from the survey so that the highlights table filters without a join. */
  @Field(() => SurveyType, { description: "The kind of survey answered." })
  @Column({ type: "varchar", length: 16 })
  surveyType!: SurveyType;

  @ForeignKey(() => Mentorship, { onDelete: "SET NULL" })
  @Column(nullableIdColumn())
  mentorshipId!: string | null;

  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @Column(idColumn())
  respondentId!: string;

  @Field(() => ParticipantRole, { description: "Whether the mentor or the mentee answered." })
  @Column({ type: "varchar", length: 16 })
  respondentRole!: ParticipantRole;

  @Field(() => Date, { description: "When the response was submitted." })
  @Column(instantColumn())
  submittedAt!: Date;

  @Field(() => Date, {
    description: "When the response last changed, such as when the mentorship it concerned was deleted; `surveyResponses(filter: {updatedSince})` reads it for incremental sync.",
  })
  @Column(instantColumn())
  updatedAt!: Date;
}
