import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, instantColumn } from "../db/column-types";
import { Node } from "../node/node.interface";
import { Partner } from "../partner/partner.entity";
import { DeletedRecordType } from "./deleted-record-type.enum";

/** A tombstone: the id and kind of a deleted tenant record, kept so that syncing clients learn of the deletion. */
@ObjectType({ implements: Node, description: "A tombstone left by a deleted record, so that a syncing client can delete its copy." })
@Entity({ name: "deleted_record" })
@Index(["partnerId", "deletedAt"])
@Index(["recordId"])
export class DeletedRecord {
  @Field(() => ID, { description: "Typed id of the tombstone itself, starting with `del_`." })
  @PrimaryColumn(idColumn())
  id!: string;

  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @Field(() => DeletedRecordType, { description: "Kind of the deleted record." })
  @Column({ type: "varchar", length: 32 })
  recordType!: DeletedRecordType;

  @Field(() => ID, { description: "Id of the deleted record, such as `mtr_…`; `node(id:)` returns null for it from now on." })
  @Column(idColumn())
  recordId!: string;

  @Field(() => Date, { description: "When the record was deleted." })
  @Column(instantColumn())
  deletedAt!: Date;
}
