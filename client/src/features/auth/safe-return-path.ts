const FALLBACK_PATH = "/mentorships";

// Paths that the server handles itself. Returning to one after sign-in would leave the app for raw
// JSON or a download, so they never count as pages.
const SERVER_PATH_PREFIXES = ["/graphql", "/auth", "/export", "/health"];

// Control characters (the browser drops tabs and newlines from a URL, so "/\t/example.org" reads
// as "//example.org"), whitespace of any kind and backslashes, which browsers read as slashes.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/**
 * Returns `next` when it is a page of this app, else `/mentorships`. Only same-origin paths are
 * accepted, so a crafted sign-in link cannot send the user to another site, to a server route,
 * or back to sign-in.
 */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || UNSAFE_CHARACTERS.test(next)) {
    return FALLBACK_PATH;
  }
  if (isUnderPath(next, "/sign-in") || SERVER_PATH_PREFIXES.some((prefix) => isUnderPath(next, prefix))) {
    return FALLBACK_PATH;
  }

  return next;
}

/** Tells whether `path` is `prefix` itself or below it, ignoring case as route matching does. */
function isUnderPath(path: string, prefix: string): boolean {
  const lower = path.toLowerCase();
  if (!lower.startsWith(prefix)) {
    return false;
  }

  const rest = lower.slice(prefix.length);

  return rest === "" || rest.startsWith("/") || rest.startsWith("?") || rest.startsWith("#");
}
