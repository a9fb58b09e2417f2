import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  test("keeps a path inside the app", () => {
    expect(safeReturnPath("/mentorships/mtr_1?tab=flags")).toBe("/mentorships/mtr_1?tab=flags");
  });

  test("keeps a page whose name starts like a server path", () => {
    expect(safeReturnPath("/authors")).toBe("/authors");
  });

  test.each([
    ["no value", null],
    ["an empty value", ""],
    ["an absolute URL", "https://attacker.example/"],
    ["a protocol-relative URL", "//attacker.example/"],
    ["a backslash path", "/\\attacker.example/"],
    ["a backslash later in the path", "/mentorships\\..\\x"],
    ["a tab after the first slash", "/\t/example.org"],
    ["a newline after the first slash", "/\n/example.org"],
    ["a carriage return", "/\r/example.org"],
    ["a NUL character", "/mentorships\u0000"],
    ["a C1 control character", "/mentorships\u0085"],
    ["a space", "/ /example.org"],
    ["a no-break space", "/\u00a0/example.org"],
    ["the sign-in page", "/sign-in?next=/sign-in"],
    ["the GraphQL endpoint", "/graphql"],
    ["the GraphQL endpoint with a query", "/graphql?query=%7Bviewer%7D"],
    ["an auth route", "/auth/session"],
    ["an export route", "/export/mentorships/mtr_1"],
    ["the health check", "/health"],
    ["a server path in capitals", "/GraphQL"],
  ])("falls back to the mentorships list for %s", (_case, next) => {
    expect(safeReturnPath(next)).toBe("/mentorships");
  });
});
