import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { Partner } from "../partner/partner.entity";
import { Participant } from "./participant.entity";

/** A goal a mentee chose in the matching survey, in the order chosen. */
@Entity({ name: "participant_goal" })
export class ParticipantGoal {
  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @PrimaryColumn(idColumn())
  participantId!: string;

  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Column({ type: "varchar", length: 200 })
  goal!: string;
}
