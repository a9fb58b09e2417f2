import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { Mentorship } from "./mentorship.entity";

@ObjectType({ description: "One page of mentorships, with the total number that match the filter." })
export class MentorshipConnection extends ConnectionType(Mentorship, "Mentorship", { singular: "mentorship", plural: "mentorships" }) {}
