import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { DeletedRecordConnection } from "./deleted-record-connection.type";
import { DeletedRecord } from "./deleted-record.entity";
import { DeletedRecordService } from "./deleted-record.service";
import { DeletedRecordsArgs } from "./deleted-records.args";

@Resolver(() => DeletedRecord)
export class DeletedRecordResolver {
  @Query(() => DeletedRecordConnection, {
    description:
      "Tombstones of the viewer's partner's records deleted since an instant, oldest first, so that a syncing client can delete its copies. A deleted record leaves one tombstone, and so does every record its deletion removed with it, such as the mentorships of a deleted participant. Records detached instead of removed, such as the responses of a deleted mentorship, get a new `updatedAt`.",
  })
  deletedRecords(@Args() args: DeletedRecordsArgs, @Ctx() context: GraphQLContext): Promise<DeletedRecordConnection> {
    return new DeletedRecordService(context.scope).list(args);
  }
}
