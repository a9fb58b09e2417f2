import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";

import { isUnauthenticatedError } from "../common/graphql-error-codes";

interface ApolloClientOptions {
  /** Called when the API rejects a request because the session is missing or expired. */
  onUnauthenticated: () => void;
}

/** Creates the Apollo Client of the dashboard, which sends the session cookie to `/graphql`. */
export function createApolloClient({ onUnauthenticated }: ApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticatedError(error)) {
      onUnauthenticated();
    }
  });
  const httpLink = new HttpLink({ uri: "/graphql", credentials: "same-origin" });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer has no id, and the layout and pages select different fields of it. Without
        // merging, each query's write would drop the fields that the other queries read.
        Viewer: { merge: true },
      },
    }),
  });
}
