/** Reason for sending the user to the sign-in page, which shows a message for each reason. */
export type SignInReason = "session-ended";

const SIGN_IN_REASONS: readonly SignInReason[] = ["session-ended"];

/**
 * Builds the sign-in address that returns to `returnPath` after signing in, optionally with
 * the reason the user must sign in.
 */
export function signInPath(returnPath: string, reason?: SignInReason): string {
  const params = new URLSearchParams({ next: returnPath });
  if (reason) {
    params.set("reason", reason);
  }

  return `/sign-in?${params.toString()}`;
}

/** Reads the `reason` parameter of a sign-in address; unknown values return null. */
export function parseSignInReason(value: string | null): SignInReason | null {
  return SIGN_IN_REASONS.find((reason) => reason === value) ?? null;
}
