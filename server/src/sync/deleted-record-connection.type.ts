import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { DeletedRecord } from "./deleted-record.entity";

@ObjectType({ description: "One page of tombstones, oldest deletion first, with the total number that match." })
export class DeletedRecordConnection extends ConnectionType(DeletedRecord, "DeletedRecord", { singular: "tombstone", plural: "tombstones" }) {}
