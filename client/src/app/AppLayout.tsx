import { useApolloClient, useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import { useState } from "react";
import { Outlet, useNavigate } from "react-router";

import { signOut } from "../features/auth/auth-requests";
import { announceSessionChange } from "../features/auth/session-broadcast";
import { rememberTabUser } from "../features/auth/tab-user";
import { graphql } from "../gql";
import { TopBar } from "./TopBar";

const AppLayoutQuery = graphql(`
  query AppLayout {
    viewer {
      ...TopBar_viewer
    }
  }
`);

/** Renders the top bar above the current route, as the frame of every signed-in page. */
export function AppLayout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data } = useQuery(AppLayoutQuery);
  const [signingOut, setSigningOut] = useState(false);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      // Cleared even when the request failed, so the next user of this browser sees none of this data.
      await client.clearStore();
      rememberTabUser(null);
      announceSessionChange("signed-out");
      setSigningOut(false);
      navigate("/sign-in", { replace: true });
    }
  }

  return (
    <Box sx={{ minHeight: "100vh", bgcolor: "background.default" }}>
      <TopBar viewer={data?.viewer ?? null} onSignOut={handleSignOut} signingOut={signingOut} />
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </Box>
  );
}
