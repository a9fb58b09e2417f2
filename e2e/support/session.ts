import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/src/seed/demo-fixtures";

/** Signs in through the sign-in form and waits for the mentorships list, where sign-in leads by default. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Mentorships", level: 1 }).waitFor();
}
