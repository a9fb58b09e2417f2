import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { QuestionKind } from "./survey-enums";
import { Partner } from "../partner/partner.entity";
import { Survey } from "./survey.entity";

/** One question of a survey. */
@ObjectType({ implements: Node, description: "One question of a survey." })
@Entity({ name: "survey_question" })
@Index(["surveyId", "position"])
@Index(["surveyId", "externalId"], { unique: true })
export class SurveyQuestion {
  @Field(() => ID, { description: "Typed id, starting with `qst_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Survey, { onDelete: "CASCADE" })
  @Column(idColumn())
  surveyId!: string;

  /** The partner's own id for this row, unique within its survey; set by CSV imports and not exposed in GraphQL yet. Optional so that code creating rows may leave it out. */
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId?: string | null;

  @Field(() => Int, { description: "Order within the survey, starting at 1." })
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "The question as participants read it." })
  @Column({ type: "text" })
  prompt!: string;

  @Field(() => QuestionKind, { description: "How the question is answered." })
  @Column({ type: "varchar", length: 16 })
  kind!: QuestionKind;

  @Field(() => Boolean, { description: "Whether participants must answer it. Optional open-text questions decide whether a post-session response is listed among highlights." })
  @Column({ type: "boolean", default: false })
  required!: boolean;

  @Field(() => Boolean, { description: "Whether answers to this question are shown as a highlight of the response, besides every open-text answer." })
  @Column({ type: "boolean", default: false })
  highlight!: boolean;

  @Field(() => Boolean, { description: "Whether choices that a mentor and a mentee share count as something the pair has in common (matching surveys)." })
  @Column({ type: "boolean", default: false })
  comparable!: boolean;

  @Field(() => String, { nullable: true, description: "Assessment area the Likert item is scored in, such as `Sense of belonging`; null otherwise." })
  @Column({ type: "varchar", length: 100, nullable: true })
  area!: string | null;

  @Field(() => [String], { description: "Options offered for choice questions; empty for other kinds." })
  @Column({ type: "simple-json" })
  options!: string[];
}
