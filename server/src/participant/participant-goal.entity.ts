import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";

/** A goal a mentee chose in the matching survey, in the order chosen. */
@Entity({ name: "participant_goal" })
export class ParticipantGoal {
  @Index()
  @Column(idColumn())
  partnerId!: string;

  @PrimaryColumn(idColumn())
  participantId!: string;

  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Column({ type: "varchar", length: 200 })
  goal!: string;
}
