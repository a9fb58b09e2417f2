import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { FieldGroup } from "../auth/field-access";
import { Restricted } from "../auth/restricted.decorator";
import { idColumn, instantColumn } from "../db/column-types";
import { ParticipantRole } from "./participant-role.enum";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";

/** A person in a program, as a mentor or a mentee. */
@ObjectType({ implements: Node, description: "A person in a program, taking part as a mentor or a mentee." })
@Entity({ name: "participant" })
@Index(["partnerId", "lastName", "firstName"])
@Index(["programId", "externalId"], { unique: true })
@Index(["partnerId", "updatedAt"])
export class Participant {
  @Field(() => ID, { description: "Typed id, starting with `par_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Program, { onDelete: "CASCADE" })
  @Column(idColumn())
  programId!: string;

  @Field(() => String, { nullable: true, description: "The partner's own id for this person, unique within the program." })
  @Column({ type: "varchar", length: 100, nullable: true })
  externalId!: string | null;

  @Field(() => ParticipantRole, { description: "Whether the person takes part as a mentor or a mentee." })
  @Column({ type: "varchar", length: 16 })
  role!: ParticipantRole;

  @Field(() => String, { description: "Legal or registered first name." })
  @Column({ type: "varchar", length: 100 })
  firstName!: string;

  @Field(() => String, { description: "Legal or registered last name." })
  @Column({ type: "varchar", length: 100 })
  lastName!: string;

  @Field(() => String, { nullable: true, description: "Name the person asks to be called by, shown in place of the first name." })
  @Column({ type: "varchar", length: 100, nullable: true })
  preferredName!: string | null;

  @Field(() => String, { nullable: true, description: "Pronouns as the person wrote them, such as `she/her`." })
  @Column({ type: "varchar", length: 50, nullable: true })
  pronouns!: string | null;

  @Field(() => String, { nullable: true, description: "URL of a profile picture; null when there is none, and the dashboard shows initials." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  pictureUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Contact email address. Null with a FORBIDDEN error when the viewer's role may not read contact details." })
  @Restricted(FieldGroup.CONTACT_DETAILS)
  @Column({ type: "varchar", length: 320, nullable: true })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Contact phone number as entered, preferably in E.164 form such as `+15555550123`. Null with a FORBIDDEN error when the viewer's role may not read contact details.",
  })
  @Restricted(FieldGroup.CONTACT_DETAILS)
  @Column({ type: "varchar", length: 40, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "Gender as the person described it." })
  @Column({ type: "varchar", length: 100, nullable: true })
  gender!: string | null;

  @Field(() => String, { nullable: true, description: "Race or ethnicity as the person described it." })
  @Column({ type: "varchar", length: 200, nullable: true })
  raceEthnicity!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the person is (or was) a first-generation college student; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  firstGeneration!: boolean | null;

  @Field(() => Int, { nullable: true, description: "Year of (expected) graduation, such as 2027." })
  @Column({ type: "integer", nullable: true })
  graduationYear!: number | null;

  @Field(() => String, { nullable: true, description: "Major for students, career field for professionals." })
  @Column({ type: "varchar", length: 200, nullable: true })
  fieldOfStudyOrWork!: string | null;

  @Field(() => Date, { description: "When the participant was added to Mentorlens." })
  @Column(instantColumn())
  createdAt!: Date;

  @Field(() => Date, { description: "When any profile field last changed." })
  @Column(instantColumn())
  updatedAt!: Date;
}
