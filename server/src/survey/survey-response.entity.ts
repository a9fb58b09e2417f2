import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn, nullableIdColumn, instantColumn } from "../db/column-types";
import { ParticipantRole } from "../participant/participant-role.enum";
import { SurveyType } from "./survey-enums";

/** One submission of one survey by one participant. */
@ObjectType({ description: "One submission of a survey by a mentor or a mentee." })
@Entity({ name: "survey_response" })
@Index(["mentorshipId", "submittedAt"])
@Index(["respondentId", "submittedAt"])
@Index(["partnerId", "submittedAt"])
export class SurveyResponse {
  @Field(() => ID, { description: "Typed id, starting with `rsp_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Column(idColumn())
  partnerId!: string;

  @Column(idColumn())
  programId!: string;

  @Index()
  @Column(idColumn())
  surveyId!: string;

  /** Copied from the survey so that the highlights table filters without a join. */
  @Field(() => SurveyType, { description: "The kind of survey answered." })
  @Column({ type: "varchar", length: 16 })
  surveyType!: SurveyType;

  @Column(nullableIdColumn())
  mentorshipId!: string | null;

  @Column(idColumn())
  respondentId!: string;

  @Field(() => ParticipantRole, { description: "Whether the mentor or the mentee answered." })
  @Column({ type: "varchar", length: 16 })
  respondentRole!: ParticipantRole;

  @Field(() => Date, { description: "When the response was submitted." })
  @Column(instantColumn())
  submittedAt!: Date;
}
