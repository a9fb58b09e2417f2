import type { DataSource } from "typeorm";
import { DEMO_SIGN_IN } from "../seed/demo-sign-in";
import { verifyPassword } from "./password";
import { StaffUser } from "./staff-user.entity";

/**
 * Tells whether the demo sign-in works in this database: the demo administrator exists and its
 * stored hash still verifies with the demo password. The result is kept per stored hash, so
 * that repeated requests cost one query each and not one scrypt run each, and a changed
 * password takes effect at once.
 */
export class DemoSignInCheck {
  private lastVerified: { passwordHash: string; works: boolean } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Returns the demo sign-in when it works, or null when the user is missing or its password was changed. */
  async find(): Promise<typeof DEMO_SIGN_IN | null> {
    const admin = await this.dataSource.getRepository(StaffUser).findOneBy({ email: DEMO_SIGN_IN.email });
    if (!admin) {
      return null;
    }

    if (this.lastVerified?.passwordHash !== admin.passwordHash) {
      this.lastVerified = { passwordHash: admin.passwordHash, works: await verifyPassword(DEMO_SIGN_IN.password, admin.passwordHash) };
    }

    return this.lastVerified.works ? DEMO_SIGN_IN : null;
  }
}
