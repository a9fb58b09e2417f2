import { redirect, type LoaderFunctionArgs } from "react-router";

import { fetchSessionStatus } from "./auth-requests";
import { signInPath } from "./sign-in-path";

/**
 * Route loader of the signed-in pages. It redirects to sign-in before the pages render, so a
 * visitor without a session sends no GraphQL request, which the API would reject with HTTP 401
 * and the browser would log as a failed request. When the session check itself fails, the pages
 * render and the GraphQL client's handling of HTTP 401 redirects instead.
 */
export async function requireSession({ request }: LoaderFunctionArgs): Promise<null> {
  const status = await fetchSessionStatus();
  if (status === "signed-out") {
    const { pathname, search } = new URL(request.url);
    throw redirect(signInPath(pathname + search));
  }

  return null;
}
