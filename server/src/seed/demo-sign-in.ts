import { DEMO_FIXTURES, DEMO_PASSWORD } from "./demo-fixtures";

/** The sign-in shown to a person trying the demo: the Northfield administrator. */
export const DEMO_SIGN_IN = {
  email: DEMO_FIXTURES.northfield.adminEmail,
  password: DEMO_PASSWORD,
} as const;
