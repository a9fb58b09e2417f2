import { parseSignInReason, signInPath } from "./sign-in-path";

describe("signInPath", () => {
  test("encodes the return path", () => {
    expect(signInPath("/mentorships/mtr_1?tab=flags")).toBe("/sign-in?next=%2Fmentorships%2Fmtr_1%3Ftab%3Dflags");
  });

  test("adds the reason when given", () => {
    expect(signInPath("/mentorships", "session-ended")).toBe("/sign-in?next=%2Fmentorships&reason=session-ended");
  });
});

describe("parseSignInReason", () => {
  test("accepts a known reason", () => {
    expect(parseSignInReason("session-ended")).toBe("session-ended");
  });

  test.each([
    ["no value", null],
    ["an unknown value", "please-enter-your-card-number"],
  ])("ignores %s", (_case, value) => {
    expect(parseSignInReason(value)).toBeNull();
  });
});
