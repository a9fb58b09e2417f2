/** Outcome of a sign-in attempt. */
export type SignInResult =
  | { status: "signed-in" }
  | { status: "rejected"; message: string }
  | { status: "failed"; message: string };

const REJECTED_MESSAGE = "The email or password is incorrect.";

/**
 * Posts the credentials to `/auth/login`. On success the server sets the HttpOnly session
 * cookie, so nothing needs to be stored here.
 */
export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch("/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { status: "failed", message: "The server could not be reached. Check your connection and try again." };
  }

  if (response.ok) {
    return { status: "signed-in" };
  }
  if (response.status === 401) {
    return { status: "rejected", message: REJECTED_MESSAGE };
  }
  if (response.status === 400) {
    return { status: "rejected", message: (await readErrorMessage(response)) ?? REJECTED_MESSAGE };
  }
  if (response.status === 429) {
    return { status: "failed", message: "Too many sign-in attempts. Wait a minute and try again." };
  }

  return { status: "failed", message: `Sign-in failed with HTTP status ${response.status}. Try again later.` };
}

/** Ends the session on the server, which clears the session cookie. */
export async function signOut(): Promise<void> {
  await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
}

/** Reads `error.message` from a JSON error body, or returns null when the body has none. */
async function readErrorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    const message = body.error?.message;

    return typeof message === "string" && message.length > 0 ? message : null;
  } catch {
    return null;
  }
}
