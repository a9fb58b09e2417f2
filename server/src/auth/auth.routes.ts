import express, { type Request, type Response, Router } from "express";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { Partner } from "../partner/partner.entity";
import { bearerChallenge, SESSION_COOKIE, toViewer, unauthenticatedMessage } from "./authenticate.middleware";
import { DemoSignInCheck } from "./demo-sign-in-check";
import { UNKNOWN_USER_PASSWORD_HASH, verifyPassword } from "./password";
import { SESSION_LIFETIME_SECONDS, signSessionToken } from "./session-token";
import { SignInRateLimit } from "./sign-in-rate-limit";
import { StaffUser } from "./staff-user.entity";
import type { Viewer } from "./viewer";

const MAX_FIELD_LENGTH = 320;

/** Routes under `/auth`: sign in, sign out, who is signed in, and the demo sign-in. */
export function authRoutes(dataSource: DataSource, sessionSecret: string): Router {
  const router = Router();
  const rateLimit = new SignInRateLimit();
  const demoSignIn = new DemoSignInCheck(dataSource);

  router.post("/login", express.json({ limit: "10kb" }), async (req, res) => {
    const { email: rawEmail, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (!isShortString(rawEmail) || !isShortString(password)) {
      sendError(res, 400, "BAD_USER_INPUT", "Send a JSON body with an email and a password.");
      return;
    }

    const email = rawEmail.trim().toLowerCase();
    // NOTE: `req.ip` trusts X-Forwarded-For from a loopback proxy only ("trust proxy" in app.ts).
    // Behind a proxy on another address, every client shares that proxy's count.
    const address = req.ip ?? "unknown";
    const retryAfter = rateLimit.retryAfterSeconds(email, address);
    if (retryAfter !== null) {
      logger.warn({ retryAfterSeconds: retryAfter }, "sign-in rejected: too many failed attempts for this email or address");
      res.setHeader("Retry-After", String(retryAfter));
      sendError(res, 429, "TOO_MANY_REQUESTS", `Too many failed sign-ins. Try again in ${describeWait(retryAfter)}.`);
      return;
    }

    const attemptTime = rateLimit.recordFailure(email, address);
    const user = await dataSource.getRepository(StaffUser).findOneBy({ email });
    // An unknown email still costs one scrypt run, so that timing does not tell it from a wrong password.
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_PASSWORD_HASH);
    if (!user || !valid) {
      logger.warn("sign-in rejected: unknown email or wrong password");
      sendError(res, 401, "UNAUTHENTICATED", "The email or password is incorrect.");
      return;
    }

    rateLimit.recordSuccess(email, address, attemptTime);

    res.cookie(SESSION_COOKIE, signSessionToken(user.id, sessionSecret), {
      httpOnly: true,
      sameSite: "lax",
      secure: req.secure,
      path: "/",
      maxAge: SESSION_LIFETIME_SECONDS * 1000,
    });
    logger.info({ userId: user.id }, "staff user signed in");
    res.json(await describeViewer(dataSource, toViewer(user)));
  });

  router.post("/logout", async (_req, res) => {
    const viewer = res.locals.viewer as Viewer | null;
    // An API token has no session to end; `npm run token -- revoke` ends a token.
    if (viewer?.credential === "session" && viewer.userId) {
      // Ends this and every earlier session of the user, so a copied cookie stops working too.
      await dataSource.getRepository(StaffUser).update({ id: viewer.userId }, { signedOutAt: new Date() });
      logger.info({ userId: viewer.userId }, "staff user signed out");
    }

    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });

  router.get("/me", async (_req: Request, res: Response) => {
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      res.setHeader("WWW-Authenticate", bearerChallenge(res));
      sendError(res, 401, "UNAUTHENTICATED", unauthenticatedMessage(res, "Not signed in."));
      return;
    }

    res.json(await describeViewer(dataSource, viewer));
  });

  // Like /me, but never an error, so the dashboard can check for a session without a 401 in the console.
  router.get("/session", async (_req: Request, res: Response) => {
    res.setHeader("Cache-Control", "no-store");

    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      res.json({ signedIn: false });
      return;
    }

    res.json({ signedIn: true, viewer: await describeViewer(dataSource, viewer) });
  });

  router.get("/demo-sign-in", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");

    // 204 rather than 404: having no demo data is a normal state, not an error for the browser to report.
    const credentials = await demoSignIn.find();
    if (!credentials) {
      res.status(204).end();
      return;
    }

    res.json({ email: credentials.email, password: credentials.password });
  });

  return router;
}

async function describeViewer(dataSource: DataSource, viewer: Viewer) {
  const partner = await dataSource.getRepository(Partner).findOneByOrFail({ id: viewer.partnerId });

  return {
    displayName: viewer.displayName,
    email: viewer.email,
    role: viewer.role,
    credential: viewer.credential,
    partner: { id: partner.id, slug: partner.slug, name: partner.name },
  };
}

function isShortString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_FIELD_LENGTH;
}

function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);

  return seconds < 60 ? `${seconds} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
