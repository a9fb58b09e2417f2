import { Field, ID, ObjectType } from "type-graphql";
import { StaffRole } from "../auth/staff-role.enum";

/** The signed-in staff user as the API shows them; the partner is resolved separately. */
@ObjectType("Viewer", { description: "The signed-in staff user, or the API token, on whose behalf the request runs." })
export class ViewerProfile {
  @Field(() => ID, {
    nullable: true,
    description: "The viewer's staff user id, starting with `usr_`, as `PriorityFlag.assignee` and history events name it; null for an API token.",
  })
  id!: string | null;

  @Field(() => String, { description: "Name shown to other staff; for an API token, the name it was created with." })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Sign-in email address; null for an API token, which has none." })
  email!: string | null;

  @Field(() => StaffRole, { description: "What the viewer may see of the partner's data." })
  role!: StaffRole;

  /** Id of the viewer's partner, read by the `partner` field resolver. */
  partnerId!: string;
}
