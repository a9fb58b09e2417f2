import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { Participant } from "./participant.entity";

@ObjectType({ description: "One page of participants, with the total number that match the filter." })
export class ParticipantConnection extends ConnectionType(Participant, "Participant", { singular: "participant", plural: "participants" }) {}
