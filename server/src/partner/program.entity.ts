import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, instantColumn } from "../db/column-types";
import { Partner } from "./partner.entity";

/** A mentorship program of one partner. */
@ObjectType({ implements: Node, description: "A mentorship program run by the viewer's partner." })
@Entity({ name: "program" })
@Index(["partnerId", "name"])
@Index(["partnerId", "updatedAt"])
@Index(["partnerId", "externalId"], { unique: true })
export class Program {
  @Field(() => ID, { description: "Typed id, starting with `prg_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  /** The partner's own id for this row, unique within its partner; set by CSV imports and not exposed in GraphQL yet. Optional so that code creating rows may leave it out. */
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId?: string | null;

  @Field(() => String, { description: "Display name, such as `First-Year Mentoring`." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the program is for, as the partner describes it." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Date, { description: "When the program was created in Mentorlens." })
  @Column(instantColumn())
  createdAt!: Date;

  @Field(() => Date, { description: "When the program last changed; `programs(filter: {updatedSince})` reads it for incremental sync." })
  @Column(instantColumn())
  updatedAt!: Date;
}
