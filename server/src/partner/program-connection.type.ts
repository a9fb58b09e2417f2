import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { Program } from "./program.entity";

@ObjectType({ description: "One page of programs, with the total number that match the filter." })
export class ProgramConnection extends ConnectionType(Program, "Program", { singular: "program", plural: "programs" }) {}
