import { redirect, type LoaderFunctionArgs } from "react-router";

import { fetchSession } from "./auth-requests";
import { signInPath } from "./sign-in-path";
import { rememberTabUser } from "./tab-user";

/**
 * Route loader of the signed-in pages. It redirects to sign-in before the pages render, so a
 * visitor without a session sends no GraphQL request, which the API would reject with HTTP 401
 * and the browser would log as a failed request. When the session check itself fails, the pages
 * render and the GraphQL client's handling of HTTP 401 redirects instead. It also records the
 * signed-in user, so that the tab can tell when another tab signs in as someone else.
 */
export async function requireSession({ request }: LoaderFunctionArgs): Promise<null> {
  const session = await fetchSession();
  if (session.status === "signed-out") {
    const { pathname, search } = new URL(request.url);
    throw redirect(signInPath(pathname + search));
  }
  if (session.status === "signed-in") {
    rememberTabUser(session.email);
  }

  return null;
}
