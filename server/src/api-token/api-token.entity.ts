import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import type { FieldGroup } from "../auth/field-access";
import type { StaffRole } from "../auth/staff-role.enum";
import { idColumn, instantColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";

/**
 * A credential for analysts' tools and integrations, sent as `Authorization: Bearer mlt_…`.
 * Only the SHA-256 hash of the token is stored; the token itself is shown once, when created.
 */
@Entity({ name: "api_token" })
export class ApiToken {
  /** Typed id, starting with `tok_`; names the token in `npm run token -- list` and `revoke`. */
  @PrimaryColumn(idColumn())
  id!: string;

  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  /** Purpose of the token, such as "Warehouse"; shown in lists, never secret. */
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 16 })
  role!: StaffRole;

  /** Field groups that this token may read although its role may not, such as contact details. */
  @Column({ type: "simple-json" })
  grants!: FieldGroup[];

  /** SHA-256 of the token, 64 lowercase hex digits. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash!: string;

  @Column(instantColumn())
  createdAt!: Date;

  /** Time of the last request made with the token; `recordApiTokenUse` writes it at most once a minute. */
  @Column(instantColumn({ nullable: true }))
  lastUsedAt!: Date | null;

  /** When the token was revoked; a revoked token is rejected. */
  @Column(instantColumn({ nullable: true }))
  revokedAt!: Date | null;
}
