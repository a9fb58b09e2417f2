import type { DataSource } from "typeorm";
import { verifyPassword } from "../auth/password";
import { StaffUser } from "../auth/staff-user.entity";
import { DEMO_FIXTURES, DEMO_PASSWORD } from "./demo-fixtures";

/** The sign-in shown to a person trying the demo: the Northfield administrator. */
export const DEMO_SIGN_IN = {
  email: DEMO_FIXTURES.northfield.adminEmail,
  password: DEMO_PASSWORD,
} as const;

/**
 * Returns the demo sign-in when it works in this database: the demo administrator exists and
 * still has the demo password. Returns null otherwise, so that nobody is shown credentials
 * that were changed or never seeded.
 */
export async function findWorkingDemoSignIn(dataSource: DataSource): Promise<typeof DEMO_SIGN_IN | null> {
  const admin = await dataSource.getRepository(StaffUser).findOneBy({ email: DEMO_SIGN_IN.email });
  if (!admin) {
    return null;
  }

  return (await verifyPassword(DEMO_SIGN_IN.password, admin.passwordHash)) ? DEMO_SIGN_IN : null;
}
