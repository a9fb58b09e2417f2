import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { SurveyQuestion } from "./survey-question.entity";
import { SurveyResponse } from "./survey-response.entity";

/**
 * One answer of a response. Exactly one value column is set, chosen by the question's kind;
 * an unanswered optional question has no row.
 */
@Entity({ name: "survey_answer" })
@Index(["responseId", "questionId"], { unique: true })
@Index(["questionId"])
export class SurveyAnswer {
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => SurveyResponse, { onDelete: "CASCADE" })
  @Column(idColumn())
  responseId!: string;

  @ForeignKey(() => SurveyQuestion, { onDelete: "CASCADE" })
  @Column(idColumn())
  questionId!: string;

  @Column({ type: "text", nullable: true })
  textValue!: string | null;

  @Column({ type: "double precision", nullable: true })
  numberValue!: number | null;

  @Column({ type: "simple-json", nullable: true })
  choiceValues!: string[] | null;

  @Column({ type: "date", nullable: true })
  dateValue!: string | null;
}
