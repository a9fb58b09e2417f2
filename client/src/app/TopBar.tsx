import LogoutIcon from "@mui/icons-material/Logout";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";

import { getFragmentData, graphql, type FragmentType } from "../gql";

export const TopBar_viewer = graphql(`
  fragment TopBar_viewer on Viewer {
    displayName
    partner {
      id
      name
    }
  }
`);

interface TopBarProps {
  /** The signed-in staff user; absent while the viewer query loads or when it failed. */
  viewer: FragmentType<typeof TopBar_viewer> | null;
  onSignOut: () => void;
  signingOut: boolean;
}

/** Renders the application bar with the product name, the signed-in user and partner, and sign-out. */
export function TopBar({ viewer: viewerRef, onSignOut, signingOut }: TopBarProps) {
  const viewer = getFragmentData(TopBar_viewer, viewerRef);

  return (
    <AppBar position="static" elevation={0}>
      <Toolbar sx={{ gap: 2 }}>
        <Link href="/mentorships" color="inherit" underline="none" variant="h6" sx={{ fontWeight: 700 }}>
          Mentorlens
        </Link>
        <Button href="/explorer" color="inherit">
          Explorer
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        {viewer && (
          <Box sx={{ textAlign: "right", lineHeight: 1.2, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {viewer.displayName}
            </Typography>
            <Typography variant="caption">{viewer.partner.name}</Typography>
          </Box>
        )}
        <Button
          color="inherit"
          variant="outlined"
          startIcon={<LogoutIcon />}
          onClick={onSignOut}
          disabled={signingOut}
          sx={{ display: { xs: "none", sm: "inline-flex" } }}
        >
          Sign out
        </Button>
        <IconButton
          color="inherit"
          aria-label="Sign out"
          onClick={onSignOut}
          disabled={signingOut}
          sx={{ display: { xs: "inline-flex", sm: "none" } }}
        >
          <LogoutIcon />
        </IconButton>
      </Toolbar>
    </AppBar>
  );
}
