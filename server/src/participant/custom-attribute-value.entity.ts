import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { CustomAttributeDefinition } from "./custom-attribute-definition.entity";
import { Participant } from "./participant.entity";

/** One participant's value of one custom attribute, as text read by the definition's value type. */
@Entity({ name: "custom_attribute_value" })
@Index(["definitionId", "value"])
export class CustomAttributeValue {
  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @PrimaryColumn(idColumn())
  participantId!: string;

  @ForeignKey(() => CustomAttributeDefinition, { onDelete: "CASCADE" })
  @PrimaryColumn(idColumn())
  definitionId!: string;

  @Column({ type: "text" })
  value!: string;
}
