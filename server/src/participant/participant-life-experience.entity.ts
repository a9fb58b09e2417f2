import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { idColumn } from "../db/column-types";
import { LifeExperience } from "./life-experience.enum";

/** One life experience that one participant reports. */
@Entity({ name: "participant_life_experience" })
@Index(["experience", "participantId"])
export class ParticipantLifeExperience {
  @Index()
  @Column(idColumn())
  partnerId!: string;

  @PrimaryColumn(idColumn())
  participantId!: string;

  @PrimaryColumn({ type: "varchar", length: 40 })
  experience!: LifeExperience;
}
