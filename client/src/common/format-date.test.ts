import { formatInstant, formatLocalDate } from "./format-date";

describe("formatLocalDate", () => {
  test("runs in a time zone west of UTC", () => {
    const offsetMinutes = new Date(Date.UTC(2026, 2, 1)).getTimezoneOffset();

    expect(process.env.TZ).toBe("America/Los_Angeles");
    expect(offsetMinutes).toBeGreaterThan(0);
  });

  test("keeps the calendar day west of UTC", () => {
    const formatted = formatLocalDate("2026-03-01");

    expect(formatted).toBe("March 1, 2026");
  });

  test("keeps the first day of a year", () => {
    const formatted = formatLocalDate("2027-01-01");

    expect(formatted).toBe("January 1, 2027");
  });

  test("returns a malformed value unchanged", () => {
    const formatted = formatLocalDate("03/01/2026");

    expect(formatted).toBe("03/01/2026");
  });
});

describe("formatInstant", () => {
  test("shows an instant in the viewer's time zone", () => {
    const formatted = formatInstant("2026-03-02T01:30:00.000Z");

    expect(formatted).toBe("Mar 1, 2026, 5:30 PM PST");
  });

  test("shows an instant in a given time zone", () => {
    const formatted = formatInstant("2026-03-02T01:30:00.000Z", "Asia/Tokyo");

    expect(formatted).toBe("Mar 2, 2026, 10:30 AM GMT+9");
  });
});
