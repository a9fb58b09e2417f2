import { fetchSession } from "./auth-requests";
import { safeReturnPath } from "./safe-return-path";
import { subscribeToSessionChanges, type SessionChange } from "./session-broadcast";
import { signInPath } from "./sign-in-path";
import { currentTabUser, rememberTabUser } from "./tab-user";

interface SessionWatchOptions {
  /** Apollo Client's `clearStore`, which drops every cached query result. */
  clearStore: () => Promise<unknown>;
  /** Path and query string of the page this tab shows. */
  currentLocation: () => { pathname: string; search: string };
  /** Replaces the current page within the app. */
  navigate: (to: string) => void;
  /** Reloads the page, so that every query and the session check run again. */
  reload: () => void;
}

/**
 * Keeps this tab from showing data of a user who is no longer signed in here. It reacts to
 * sign-ins and sign-outs announced by other tabs, and checks `/auth/session` whenever the tab
 * becomes visible or regains focus. Returns the function that stops watching.
 */
export function watchSession(options: SessionWatchOptions): () => void {
  let checking = false;

  async function handleAnnouncement(change: SessionChange) {
    await options.clearStore();
    await followSessionChange(change, options);
  }

  async function checkSession() {
    // Returning to a tab fires both visibilitychange and focus, so one request serves both.
    if (checking) {
      return;
    }

    checking = true;
    try {
      await verifyTabUser(options);
    } finally {
      checking = false;
    }
  }

  function handleVisibilityChange() {
    if (document.visibilityState === "visible") {
      void checkSession();
    }
  }

  function handleFocus() {
    void checkSession();
  }

  const unsubscribe = subscribeToSessionChanges((change) => void handleAnnouncement(change));
  document.addEventListener("visibilitychange", handleVisibilityChange);
  window.addEventListener("focus", handleFocus);

  return () => {
    unsubscribe();
    document.removeEventListener("visibilitychange", handleVisibilityChange);
    window.removeEventListener("focus", handleFocus);
  };
}

/** Sends the tab where a session change announced by another tab leads: back to work or to sign-in. */
async function followSessionChange(change: SessionChange, options: SessionWatchOptions) {
  const { pathname, search } = options.currentLocation();
  const onSignInPage = pathname === "/sign-in";

  if (change === "signed-in" && onSignInPage) {
    options.navigate(safeReturnPath(new URLSearchParams(search).get("next")));
    return;
  }
  if (onSignInPage) {
    return;
  }

  rememberTabUser(null);
  if (change === "signed-out") {
    options.navigate(signInPath(pathname + search, "session-ended"));
    return;
  }

  options.reload();
}

/** Compares the session with the user this tab rendered, and clears the tab when they differ. */
async function verifyTabUser(options: SessionWatchOptions) {
  const { pathname, search } = options.currentLocation();
  if (pathname === "/sign-in") {
    return;
  }

  const session = await fetchSession();
  if (session.status === "signed-out") {
    await options.clearStore();
    rememberTabUser(null);
    options.navigate(signInPath(pathname + search, "session-ended"));
    return;
  }
  if (session.status !== "signed-in" || session.email === null) {
    return;
  }

  const renderedUser = currentTabUser();
  if (renderedUser === null) {
    rememberTabUser(session.email);
    return;
  }
  if (renderedUser !== session.email) {
    await options.clearStore();
    rememberTabUser(null);
    options.reload();
  }
}
