import { Field, ObjectType } from "type-graphql";

/** Read access of the viewer's role to each group of restricted fields. */
@ObjectType({
  description:
    "Read access of the viewer to each group of restricted fields, from its role and, for an API token, its grants. A restricted field that the viewer may not read resolves to null with a FORBIDDEN error, so clients read these flags to tell a hidden value from a missing one.",
})
export class ViewerFieldAccess {
  @Field(() => Boolean, { description: "Whether the viewer may read contact details: `Participant.email`, `Participant.phone` and `StaffUser.email`." })
  contactDetails!: boolean;

  @Field(() => Boolean, { description: "Whether the viewer may read free-text flag notes: `PriorityFlag.resolutionNote`." })
  flagNotes!: boolean;
}
