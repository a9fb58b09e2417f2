import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn, instantColumn } from "../db/column-types";

/** An institution that runs mentorship programs; the unit of tenancy. */
@ObjectType({ implements: Node, description: "An institution, such as a university, nonprofit or employer, that runs mentorship programs." })
@Entity({ name: "partner" })
export class Partner {
  @Field(() => ID, { description: "Typed id, starting with `ptr_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Field(() => String, { description: "Short unique name used in URLs and commands, such as `northfield`." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  slug!: string;

  @Field(() => String, { description: "Display name of the institution." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Date, { description: "When the partner was created." })
  @Column(instantColumn())
  createdAt!: Date;
}
