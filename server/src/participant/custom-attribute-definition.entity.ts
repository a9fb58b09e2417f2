import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { CustomAttributeSource, CustomAttributeValueType } from "./custom-attribute-enums";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";

/** A partner's own profile field, defined per program. */
@ObjectType({ description: "A profile field that a program defines for its participants, such as college or advisor." })
@Entity({ name: "custom_attribute_definition" })
@Index(["programId", "key"], { unique: true })
export class CustomAttributeDefinition {
  @Field(() => ID, { description: "Typed id, starting with `cad_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  @Field(() => String, { description: "Stable machine name within the program, such as `college`." })
  @Column({ type: "varchar", length: 64 })
  key!: string;

  @Field(() => String, { description: "Label shown to staff, such as `College`." })
  @Column({ type: "varchar", length: 200 })
  label!: string;

  @Field(() => CustomAttributeValueType, { description: "How the value text is to be read." })
  @Column({ type: "varchar", length: 16 })
  valueType!: CustomAttributeValueType;

  @Field(() => CustomAttributeSource, { description: "Where the values come from." })
  @Column({ type: "varchar", length: 16 })
  source!: CustomAttributeSource;

  @Field(() => Boolean, { description: "Whether equal values of a mentor and mentee count as something the pair has in common." })
  @Column({ type: "boolean", default: false })
  comparable!: boolean;

  @Field(() => Boolean, { description: "Whether the value could identify a person, so anonymized quotes must leave it out." })
  @Column({ type: "boolean", default: false })
  identifying!: boolean;

  @Field(() => Int, { description: "Display order within the program, lowest first." })
  @Column({ type: "integer", default: 0 })
  position!: number;
}
