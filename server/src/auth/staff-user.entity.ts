import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, instantColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { FieldGroup } from "./field-access";
import { Restricted } from "./restricted.decorator";
import { StaffRole } from "./staff-role.enum";

/** A person at a partner who signs in to the dashboard. */
@ObjectType({ implements: Node, description: "A staff member of the viewer's partner who uses the dashboard." })
@Entity({ name: "staff_user" })
export class StaffUser {
  @Field(() => ID, { description: "Typed id, starting with `usr_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Sign-in email address, unique across Mentorlens. Null with a FORBIDDEN error when the viewer's role may not read contact details.",
  })
  @Restricted(FieldGroup.CONTACT_DETAILS)
  @Index({ unique: true })
  @Column({ type: "varchar", length: 320 })
  email!: string;

  @Field(() => String, { description: "Name shown to other staff, for example as a flag's assignee." })
  @Column({ type: "varchar", length: 200 })
  displayName!: string;

  @Field(() => StaffRole, { description: "What this staff member may see." })
  @Column({ type: "varchar", length: 16 })
  role!: StaffRole;

  /** scrypt hash in the form `scrypt$<salt hex>$<hash hex>`; never exposed. */
  @Column({ type: "varchar", length: 200 })
  passwordHash!: string;

  /** Last sign-out; sessions issued before it are no longer accepted. Never exposed. */
  @Column(instantColumn({ nullable: true }))
  signedOutAt!: Date | null;

  @Column(instantColumn())
  createdAt!: Date;
}
