import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  test.each([
    [0, "Under 1 min"],
    [59, "Under 1 min"],
    [60, "1 min"],
    [45 * 60 + 30, "45 min"],
    [3 * 3600, "3 h"],
    [3 * 3600 + 20 * 60, "3 h 20 min"],
    [86_400, "1 d"],
    [2 * 86_400 + 4 * 3600 + 59 * 60, "2 d 4 h"],
  ])("formats %i seconds as %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
