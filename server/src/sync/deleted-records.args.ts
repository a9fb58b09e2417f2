import { ArrayMaxSize } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../common/pagination";
import { DeletedRecordType } from "./deleted-record-type.enum";

@ArgsType()
export class DeletedRecordsArgs extends PageArgs {
  @Field(() => Date, {
    description:
      "Only tombstones of records deleted at or after this instant. Pass the same instant as the `updatedSince` of the lists you sync, so no deletion falls between two runs.",
  })
  since!: Date;

  @Field(() => [DeletedRecordType], { nullable: true, description: "Only deletions of these kinds of record; every kind when omitted." })
  @ArrayMaxSize(20)
  types?: DeletedRecordType[] | null;
}
