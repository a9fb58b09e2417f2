/** Outcome of a sign-in attempt. */
export type SignInResult =
  | { status: "signed-in"; email: string | null }
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
    return { status: "signed-in", email: await readViewerEmail(response) };
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

/**
 * State of the session cookie. `unknown` means the check failed (server unreachable or an error
 * status), so callers let the GraphQL request decide, which redirects to sign-in on HTTP 401.
 */
export type SessionStatus = "signed-in" | "signed-out" | "unknown";

/** Credentials of the demo account, offered on the sign-in page of a demo installation. */
export interface DemoSignIn {
  email: string;
  password: string;
}

/** Session of this browser: signed in as the user with `email`, signed out, or unknown. */
export type Session = { status: "signed-in"; email: string | null } | { status: "signed-out" } | { status: "unknown" };

/**
 * Asks `GET /auth/session` whether the session cookie is valid, and for whom. The endpoint
 * returns 200 with `{ signedIn, viewer }` either way, so checking before sign-in logs no failed
 * request in the browser.
 */
export async function fetchSession(): Promise<Session> {
  try {
    const response = await fetch("/auth/session", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) {
      return { status: "unknown" };
    }

    const body = (await response.json()) as { signedIn?: unknown; viewer?: { email?: unknown } };
    if (typeof body.signedIn !== "boolean") {
      return { status: "unknown" };
    }
    if (!body.signedIn) {
      return { status: "signed-out" };
    }

    const email = body.viewer?.email;

    return { status: "signed-in", email: typeof email === "string" ? email : null };
  } catch {
    return { status: "unknown" };
  }
}

/** Returns only the state of the session cookie, as {@link fetchSession} reads it. */
export async function fetchSessionStatus(): Promise<SessionStatus> {
  return (await fetchSession()).status;
}

/**
 * Fetches the demo account's credentials from `GET /auth/demo-sign-in`. The server returns them
 * with 200 only while the demo account exists with the demo password. Any other outcome returns
 * null, so installations without the demo account show no hint.
 */
export async function fetchDemoSignIn(): Promise<DemoSignIn | null> {
  try {
    const response = await fetch("/auth/demo-sign-in", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (response.status !== 200) {
      return null;
    }

    const body = (await response.json()) as { email?: unknown; password?: unknown };
    if (typeof body.email !== "string" || typeof body.password !== "string" || !body.email || !body.password) {
      return null;
    }

    return { email: body.email, password: body.password };
  } catch {
    return null;
  }
}

/** Ends the session on the server, which clears the session cookie. */
export async function signOut(): Promise<void> {
  await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
}

/** Reads the signed-in user's email from the sign-in response, or returns null when it has none. */
async function readViewerEmail(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { email?: unknown };

    return typeof body.email === "string" ? body.email : null;
  } catch {
    return null;
  }
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
