import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { fieldAccessOf } from "../auth/field-access";
import { StaffUser } from "../auth/staff-user.entity";
import { StaffUserService } from "../auth/staff-user.service";
import type { GraphQLContext } from "../graphql/context";
import { Partner } from "./partner.entity";
import { PartnerService } from "./partner.service";
import { ViewerFieldAccess } from "./viewer-field-access.type";
import { ViewerProfile } from "./viewer.type";

@Resolver(() => ViewerProfile)
export class ViewerResolver {
  @Query(() => ViewerProfile, { description: "The signed-in staff user, or the API token, and their partner." })
  viewer(@Ctx() context: GraphQLContext): ViewerProfile {
    const { userId, displayName, email, role, partnerId } = context.viewer;

    return { id: userId, displayName, email, role, partnerId };
  }

  @FieldResolver(() => Partner, { description: "The institution the viewer works for; every other field reads only its data." })
  partner(@Ctx() context: GraphQLContext): Promise<Partner> {
    return new PartnerService(context.scope).current();
  }

  @FieldResolver(() => ViewerFieldAccess, { description: "Read access of the viewer to restricted fields, such as contact details: its role's, plus an API token's grants." })
  fieldAccess(@Ctx() context: GraphQLContext): ViewerFieldAccess {
    return fieldAccessOf(context.viewer);
  }

  @FieldResolver(() => [StaffUser], {
    description: "Every staff user of the viewer's partner, including the viewer, by display name; for example the choices when assigning a priority flag.",
  })
  staffUsers(@Ctx() context: GraphQLContext): Promise<StaffUser[]> {
    return new StaffUserService(context.scope).list();
  }
}
