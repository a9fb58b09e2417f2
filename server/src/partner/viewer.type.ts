import { Field, ID, ObjectType } from "type-graphql";
import { StaffRole } from "../auth/staff-role.enum";

/** The signed-in staff user as the API shows them; the partner is resolved separately. */
@ObjectType("Viewer", { description: "The signed-in staff user on whose behalf the request runs." })
export class ViewerProfile {
  @Field(() => ID, { description: "The viewer's staff user id, starting with `usr_`, as `PriorityFlag.assignee` and history events name it." })
  id!: string;

  @Field(() => String, { description: "Name shown to other staff." })
  displayName!: string;

  @Field(() => String, { description: "Sign-in email address." })
  email!: string;

  @Field(() => StaffRole, { description: "What the viewer may see of the partner's data." })
  role!: StaffRole;

  /** Id of the viewer's partner, read by the `partner` field resolver. */
  partnerId!: string;
}
