import pino from "pino";
import { currentRequestContext } from "./request-context";

/**
 * The one structured logger. Every line written during a request carries its `requestId`.
 * Never pass personal data (names, contact details, answers) or tokens to it.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "mentorlens" },
  mixin() {
    const context = currentRequestContext();

    return context ? { requestId: context.requestId } : {};
  },
  redact: { paths: ["req.headers.authorization", "req.headers.cookie", "password", "token"], censor: "[redacted]" },
});
