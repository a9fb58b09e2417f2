import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { LifeExperience } from "./life-experience.enum";
import { Partner } from "../partner/partner.entity";
import { Participant } from "./participant.entity";

/** One life experience that one participant reports. */
@Entity({ name: "participant_life_experience" })
@Index(["experience", "participantId"])
export class ParticipantLifeExperience {
  @Index()
  @ForeignKey(() => Partner, { onDelete: "CASCADE" })
  @Column(idColumn())
  partnerId!: string;

  @ForeignKey(() => Participant, { onDelete: "CASCADE" })
  @PrimaryColumn(idColumn())
  participantId!: string;

  @PrimaryColumn({ type: "varchar", length: 40 })
  experience!: LifeExperience;
}
