import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { PriorityFlag } from "./priority-flag.entity";

@ObjectType({ description: "One page of priority flags, with the total number that match the filter." })
export class PriorityFlagConnection extends ConnectionType(PriorityFlag, "PriorityFlag", { singular: "priority flag", plural: "priority flags" }) {}
