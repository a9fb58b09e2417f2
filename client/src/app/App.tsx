import { ApolloProvider } from "@apollo/client/react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { useEffect } from "react";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";

import { watchSession } from "../features/auth/session-watch";
import { signInPath } from "../features/auth/sign-in-path";
import { createApolloClient } from "./apollo-client";
import { routes } from "./routes";
import { theme } from "./theme";

const router = createBrowserRouter(routes);

const apolloClient = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname === "/sign-in") {
      return;
    }

    void router.navigate(signInPath(pathname + search, "session-ended"), { replace: true });
  },
});

/** Renders the dashboard inside its theme, GraphQL client and router. */
export function App() {
  useEffect(
    () =>
      watchSession({
        clearStore: () => apolloClient.clearStore(),
        currentLocation: () => router.state.location,
        navigate: (to) => void router.navigate(to, { replace: true }),
        reload: () => window.location.reload(),
      }),
    [],
  );

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </ThemeProvider>
  );
}
