import { SESSION_LIFETIME_SECONDS, signSessionToken, verifySessionToken } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-123456";
const NOW = 1_800_000_000;

describe("session tokens", () => {
  it("returns the user id of a fresh token", () => {
    const token = signSessionToken("usr_0123456789abcdef0123456789abcdef", SECRET, NOW);

    expect(verifySessionToken(token, SECRET, NOW + 60)).toEqual({
      userId: "usr_0123456789abcdef0123456789abcdef",
      issuedAt: new Date(NOW * 1000),
    });
  });

  it("rejects an expired token", () => {
    const token = signSessionToken("usr_1", SECRET, NOW);

    expect(verifySessionToken(token, SECRET, NOW + SESSION_LIFETIME_SECONDS)).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    const token = signSessionToken("usr_1", SECRET, NOW);

    expect(verifySessionToken(token, `${SECRET}-other`, NOW)).toBeNull();
  });

  it("rejects a token whose claims were edited", () => {
    const [, signature] = signSessionToken("usr_1", SECRET, NOW).split(".");
    const forgedClaims = Buffer.from(JSON.stringify({ sub: "usr_2", iat: NOW * 1000, exp: NOW + 999 })).toString("base64url");

    expect(verifySessionToken(`${forgedClaims}.${signature}`, SECRET, NOW)).toBeNull();
  });

  it.each(["", "abc", "a.b.c", "..", "not-base64.!!!"])("rejects the malformed token %p", (token) => {
    expect(verifySessionToken(token, SECRET, NOW)).toBeNull();
  });
});
