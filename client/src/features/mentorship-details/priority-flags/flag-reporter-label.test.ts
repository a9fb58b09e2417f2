import { formatFlagReporter } from "./flag-reporter-label";

const MENTOR = { displayName: "Renée Okafor" };

describe("formatFlagReporter", () => {
  test("names a participant with their role", () => {
    const label = formatFlagReporter({ channel: "POST_SESSION_SURVEY", reportedByRole: "MENTOR", reportedBy: MENTOR });

    expect(label).toBe("Renée Okafor (Mentor)");
  });

  test("names a participant without a role", () => {
    const label = formatFlagReporter({ channel: "CHECK_IN", reportedByRole: null, reportedBy: MENTOR });

    expect(label).toBe("Renée Okafor");
  });

  test("gives the role when the name is missing", () => {
    const label = formatFlagReporter({ channel: "CHECK_IN", reportedByRole: "MENTEE", reportedBy: null });

    expect(label).toBe("Mentee");
  });

  test("names a keyword alert", () => {
    const label = formatFlagReporter({ channel: "KEYWORD_ALERT", reportedByRole: null, reportedBy: null });

    expect(label).toBe("Keyword alert");
  });

  test("names staff", () => {
    const label = formatFlagReporter({ channel: "STAFF", reportedByRole: null, reportedBy: null });

    expect(label).toBe("Staff");
  });

  test.each(["CHECK_IN", "POST_SESSION_SURVEY"] as const)("flags a %s flag without a participant", (channel) => {
    const label = formatFlagReporter({ channel, reportedByRole: null, reportedBy: null });

    expect(label).toBe("Unknown participant");
  });
});
