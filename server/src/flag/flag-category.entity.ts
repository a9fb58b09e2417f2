import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";

/** A kind of concern a program lets people flag; each program configures its own list. */
@ObjectType({ implements: Node, description: "A kind of concern that a program lets people flag, such as mental health or basic needs." })
@Entity({ name: "flag_category" })
@Index(["programId", "key"], { unique: true })
export class FlagCategory {
  @Field(() => ID, { description: "Typed id, starting with `fct_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  @Field(() => String, { description: "Stable machine name within the program, such as `basic_needs`." })
  @Column({ type: "varchar", length: 64 })
  key!: string;

  @Field(() => String, { description: "Label shown to staff, such as `Basic needs (housing, food)`." })
  @Column({ type: "varchar", length: 200 })
  label!: string;
}
