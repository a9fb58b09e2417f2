import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { SurveyType } from "./survey-enums";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";

/** A survey a program sends to its participants. */
@ObjectType({ implements: Node, description: "A survey that a program sends to its participants." })
@Entity({ name: "survey" })
@Index(["programId", "type"])
@Index(["programId", "externalId"], { unique: true })
export class Survey {
  @Field(() => ID, { description: "Typed id, starting with `srv_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  /** The partner's own id for this row, unique within its program; set by CSV imports and not exposed in GraphQL yet. Optional so that code creating rows may leave it out. */
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId?: string | null;

  @Field(() => SurveyType, { description: "The kind of survey." })
  @Column({ type: "varchar", length: 16 })
  type!: SurveyType;

  @Field(() => String, { description: "Title shown to participants, such as `Mid-program check-in`." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Assessment wave, such as `Baseline`, `Mid-program` or `End of program`; null for other types." })
  @Column({ type: "varchar", length: 100, nullable: true })
  wave!: string | null;
}
