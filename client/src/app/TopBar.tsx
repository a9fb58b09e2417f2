import LogoutIcon from "@mui/icons-material/Logout";
import MenuIcon from "@mui/icons-material/Menu";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useLocation } from "react-router";

import { useNarrowScreen } from "../common/use-narrow-screen";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { RouterLinkBehavior } from "./RouterLinkBehavior";

export const TopBar_viewer = graphql(`
  fragment TopBar_viewer on Viewer {
    displayName
    partner {
      id
      name
    }
  }
`);

/** The main pages, each with the path prefix that marks it as the current one. */
const NAVIGATION = [
  { label: "Mentorships", href: "/mentorships" },
  { label: "Flags", href: "/flags" },
  { label: "Explorer", href: "/explorer" },
] as const;

interface TopBarProps {
  /** The signed-in staff user; absent while the viewer query loads or when it failed. */
  viewer: FragmentType<typeof TopBar_viewer> | null;
  onSignOut: () => void;
  signingOut: boolean;
}

/** Renders the application bar with the product name, the main pages, the signed-in user and partner, and sign-out. */
export function TopBar({ viewer: viewerRef, onSignOut, signingOut }: TopBarProps) {
  const viewer = getFragmentData(TopBar_viewer, viewerRef);
  const { pathname } = useLocation();
  const narrow = useNarrowScreen();

  return (
    <AppBar position="static" elevation={0}>
      <Toolbar sx={{ gap: { xs: 1, sm: 2 }, px: { xs: 1.5, sm: 3 } }}>
        <Link href="/mentorships" color="inherit" underline="none" variant="h6" sx={{ fontWeight: 700, fontSize: { xs: "1.05rem", sm: "1.25rem" } }}>
          Mentorlens
        </Link>
        {narrow ? (
          <NavigationMenu pathname={pathname} />
        ) : (
          <Box component="nav" aria-label="Main" sx={{ display: "flex", gap: 1 }}>
            {NAVIGATION.map((item) => {
              const current = isCurrentPage(pathname, item.href);

              return (
                <Button
                  key={item.href}
                  href={item.href}
                  color="inherit"
                  size="small"
                  aria-current={current ? "page" : undefined}
                  sx={{ px: 1.5, minWidth: 0, borderBottom: 2, borderRadius: 0, borderColor: current ? "currentColor" : "transparent" }}
                >
                  {item.label}
                </Button>
              );
            })}
          </Box>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {viewer && (
          <Box sx={{ textAlign: "right", lineHeight: 1.2, minWidth: 0, display: { xs: "none", md: "block" } }}>
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
        <IconButton color="inherit" aria-label="Sign out" onClick={onSignOut} disabled={signingOut} sx={{ display: { xs: "inline-flex", sm: "none" } }}>
          <LogoutIcon />
        </IconButton>
      </Toolbar>
    </AppBar>
  );
}

function isCurrentPage(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

const NAVIGATION_MENU_ID = "main-navigation-menu";

/** Offers the main pages behind a menu button, so the bar fits a phone held upright. */
function NavigationMenu({ pathname }: { pathname: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;

  return (
    <Box component="nav" aria-label="Main">
      <IconButton
        color="inherit"
        aria-label="Open the main pages menu"
        aria-haspopup="menu"
        aria-controls={open ? NAVIGATION_MENU_ID : undefined}
        aria-expanded={open}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MenuIcon />
      </IconButton>
      <Menu id={NAVIGATION_MENU_ID} anchorEl={anchor} open={open} onClose={() => setAnchor(null)}>
        {NAVIGATION.map((item) => {
          const current = isCurrentPage(pathname, item.href);

          return (
            <MenuItem
              key={item.href}
              component={RouterLinkBehavior}
              href={item.href}
              selected={current}
              aria-current={current ? "page" : undefined}
              onClick={() => setAnchor(null)}
            >
              {item.label}
            </MenuItem>
          );
        })}
      </Menu>
    </Box>
  );
}
