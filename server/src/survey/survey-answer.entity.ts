import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";

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

  @Column(idColumn())
  partnerId!: string;

  @Column(idColumn())
  responseId!: string;

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
