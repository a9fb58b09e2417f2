import { DEMO_FIXTURES, DEMO_PASSWORD } from "./demo-fixtures";

/** The demo partner's administrator, printed at start-up so a new user can sign in. */
export const DEMO_SIGN_IN = {
  email: DEMO_FIXTURES.northfield.adminEmail,
  password: DEMO_PASSWORD,
} as const;
