import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";

/** One participant's value of one custom attribute, as text read by the definition's value type. */
@Entity({ name: "custom_attribute_value" })
@Index(["definitionId", "value"])
export class CustomAttributeValue {
  @Index()
  @Column(idColumn())
  partnerId!: string;

  @PrimaryColumn(idColumn())
  participantId!: string;

  @PrimaryColumn(idColumn())
  definitionId!: string;

  @Column({ type: "text" })
  value!: string;
}
