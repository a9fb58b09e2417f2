import type { RequestHandler } from "express";

/**
 * Content Security Policy for the dashboard that Vite builds: scripts, web workers, styles and API
 * calls from this origin only, and pictures and fonts from this origin or `data:` URLs. Styles
 * also allow 'unsafe-inline' because Material UI (through emotion) and the explorer's editors
 * inject `<style>` tags at run time. Fonts allow `data:` because GraphiQL's style sheet embeds its
 * fonts that way. The explorer's web workers are files under `/assets/`, so 'self' covers them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Sets the security headers of every response: no MIME sniffing, no framing, no cross-site referrer. */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    next();
  };
}
