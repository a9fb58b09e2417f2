import express, { type Request, type Response, Router } from "express";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { Partner } from "../partner/partner.entity";
import { SESSION_COOKIE, toViewer } from "./authenticate.middleware";
import { verifyPassword } from "./password";
import { SESSION_LIFETIME_SECONDS, signSessionToken } from "./session-token";
import { StaffUser } from "./staff-user.entity";
import type { Viewer } from "./viewer";

const MAX_FIELD_LENGTH = 320;

/** Routes under `/auth`: sign in, sign out, and who is signed in. */
export function authRoutes(dataSource: DataSource, sessionSecret: string): Router {
  const router = Router();

  router.post("/login", express.json({ limit: "10kb" }), async (req, res) => {
    const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (!isShortString(email) || !isShortString(password)) {
      sendError(res, 400, "BAD_USER_INPUT", "Send a JSON body with an email and a password.");
      return;
    }

    const user = await dataSource.getRepository(StaffUser).findOneBy({ email: email.trim().toLowerCase() });
    const valid = user ? await verifyPassword(password, user.passwordHash) : false;
    if (!user || !valid) {
      logger.warn("sign-in rejected: unknown email or wrong password");
      sendError(res, 401, "UNAUTHENTICATED", "The email or password is incorrect.");
      return;
    }

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

  router.post("/logout", (_req, res) => {
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });

  router.get("/me", async (_req: Request, res: Response) => {
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      sendError(res, 401, "UNAUTHENTICATED", "Not signed in.");
      return;
    }

    res.json(await describeViewer(dataSource, viewer));
  });

  return router;
}

async function describeViewer(dataSource: DataSource, viewer: Viewer) {
  const partner = await dataSource.getRepository(Partner).findOneByOrFail({ id: viewer.partnerId });

  return {
    displayName: viewer.displayName,
    email: viewer.email,
    role: viewer.role,
    partner: { id: partner.id, slug: partner.slug, name: partner.name },
  };
}

function isShortString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_FIELD_LENGTH;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
