/**
 * Returns `next` when it is a path inside this app, else `/mentorships`. Only same-origin
 * paths are accepted, so a crafted sign-in link cannot send the user to another site.
 */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return "/mentorships";
  }
  if (next.startsWith("/sign-in")) {
    return "/mentorships";
  }

  return next;
}
