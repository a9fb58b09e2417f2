import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  test("keeps a path inside the app", () => {
    expect(safeReturnPath("/mentorships/mtr_1?tab=flags")).toBe("/mentorships/mtr_1?tab=flags");
  });

  test.each([
    ["no value", null],
    ["an empty value", ""],
    ["an absolute URL", "https://attacker.example/"],
    ["a protocol-relative URL", "//attacker.example/"],
    ["a backslash path", "/\\attacker.example/"],
    ["the sign-in page", "/sign-in?next=/sign-in"],
  ])("falls back to the mentorships list for %s", (_case, next) => {
    expect(safeReturnPath(next)).toBe("/mentorships");
  });
});
