// Email of the user whose data this tab has loaded, or null before the first session check and
// after sign-out. The email identifies the user because `/auth/session` returns no user id.
let tabUserEmail: string | null = null;

/** Records the user whose data this tab now shows. */
export function rememberTabUser(email: string | null): void {
  tabUserEmail = email;
}

/** Returns the email of the user whose data this tab shows, or null when it is not known. */
export function currentTabUser(): string | null {
  return tabUserEmail;
}
