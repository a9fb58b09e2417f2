import { useApolloClient } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useEffect, useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";

import { useDocumentTitle } from "../../common/use-document-title";
import { fetchDemoSignIn, signIn, type DemoSignIn } from "./auth-requests";
import { safeReturnPath } from "./safe-return-path";
import { announceSessionChange } from "./session-broadcast";
import { parseSignInReason, type SignInReason } from "./sign-in-path";
import { rememberTabUser } from "./tab-user";

const REASON_MESSAGES: Record<SignInReason, string> = {
  "session-ended": "Your session has ended. Sign in again to continue.",
};

/** Renders the sign-in form, and after a successful sign-in returns to the page that required it. */
export function SignInPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const demoSignIn = useDemoSignIn();
  const reason = parseSignInReason(searchParams.get("reason"));
  useDocumentTitle("Sign in");

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setErrorMessage(null);

    const result = await signIn(email.trim(), password);

    if (result.status !== "signed-in") {
      setSubmitting(false);
      setErrorMessage(result.message);
      return;
    }
    // Data cached under a previous session must not leak into the new one, in this tab or another.
    await client.clearStore();
    rememberTabUser(result.email);
    announceSessionChange("signed-in");
    navigate(safeReturnPath(searchParams.get("next")), { replace: true });
  }

  return (
    <Box component="main" sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2 }}>
      <Paper component="section" aria-labelledby="sign-in-title" sx={{ p: 4, width: "100%", maxWidth: 420 }}>
        <Stack component="form" spacing={2.5} onSubmit={handleSubmit}>
          <Typography id="sign-in-title" variant="h1">
            Sign in to Mentorlens
          </Typography>
          {reason && !errorMessage && <Alert severity="warning">{REASON_MESSAGES[reason]}</Alert>}
          {errorMessage && (
            <Alert severity="error">
              {errorMessage}
            </Alert>
          )}
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={submitting}
            startIcon={submitting ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
          >
            {submitting ? "Signing in…" : "Sign in"}
          </Button>
          {demoSignIn && (
            <Alert severity="info" variant="outlined" role="note">
              Demo: {demoSignIn.email} / {demoSignIn.password}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}

/** Loads the demo account's credentials once; null until they load, and when there are none. */
function useDemoSignIn(): DemoSignIn | null {
  const [demoSignIn, setDemoSignIn] = useState<DemoSignIn | null>(null);

  useEffect(() => {
    let active = true;
    void fetchDemoSignIn().then((credentials) => {
      if (active) {
        setDemoSignIn(credentials);
      }
    });

    return () => {
      active = false;
    };
  }, []);

  return demoSignIn;
}
