import { SignInRateLimit } from "./sign-in-rate-limit";

const WINDOW_MS = 15 * 60 * 1000;
const ADDRESS_MAX_FAILURES = 5;

function limitWithClock(maxTrackedKeys = 100): { limit: SignInRateLimit; clock: { now: number } } {
  const clock = { now: Date.UTC(2025, 0, 1) };
  const limit = new SignInRateLimit({
    maxFailuresPerAccountAndAddress: 3,
    maxFailuresPerAddress: ADDRESS_MAX_FAILURES,
    windowMs: WINDOW_MS,
    maxTrackedKeys,
    now: () => clock.now,
  });

  return { limit, clock };
}

describe("SignInRateLimit", () => {
  it("allows attempts below the maximum", () => {
    const { limit } = limitWithClock();

    limit.recordFailure("ada@example.edu", "192.0.2.1");
    limit.recordFailure("ada@example.edu", "192.0.2.1");

    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.1")).toBeNull();
  });

  it("rejects an email and address pair at its maximum", () => {
    const { limit } = limitWithClock();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      limit.recordFailure("ada@example.edu", "192.0.2.1");
    }

    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.1")).not.toBeNull();
  });

  it("allows the same email from another address", () => {
    const { limit } = limitWithClock();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      limit.recordFailure("ada@example.edu", "192.0.2.1");
    }

    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.2")).toBeNull();
  });

  it("allows other emails from the address below its own maximum", () => {
    const { limit } = limitWithClock();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      limit.recordFailure("ada@example.edu", "192.0.2.1");
    }

    expect(limit.retryAfterSeconds("bob@example.edu", "192.0.2.1")).toBeNull();
  });

  it("rejects an address at its maximum, whatever the email", () => {
    const { limit } = limitWithClock();
    for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES; attempt += 1) {
      limit.recordFailure(`user-${attempt}@example.edu`, "192.0.2.1");
    }

    expect(limit.retryAfterSeconds("new@example.edu", "192.0.2.1")).not.toBeNull();
  });

  it("asks to wait until the oldest counted failure leaves the window", () => {
    const { limit, clock } = limitWithClock();
    limit.recordFailure("ada@example.edu", "192.0.2.1");
    clock.now += 60_000;
    limit.recordFailure("ada@example.edu", "192.0.2.1");
    limit.recordFailure("ada@example.edu", "192.0.2.1");

    const wait = limit.retryAfterSeconds("ada@example.edu", "192.0.2.1");

    expect(wait).toBe((WINDOW_MS - 60_000) / 1000);
  });

  it("allows attempts again once the window has passed", () => {
    const { limit, clock } = limitWithClock();
    for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES; attempt += 1) {
      limit.recordFailure("ada@example.edu", "192.0.2.1");
    }

    clock.now += WINDOW_MS;

    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.1")).toBeNull();
  });

  it("keeps the address's other failures after a success", () => {
    const { limit, clock } = limitWithClock();
    for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES - 1; attempt += 1) {
      limit.recordFailure(`user-${attempt}@example.edu`, "192.0.2.1");
    }
    clock.now += 1000;
    limit.recordSuccess("bob@example.edu", "192.0.2.1", limit.recordFailure("bob@example.edu", "192.0.2.1"));

    limit.recordFailure("cy@example.edu", "192.0.2.1");

    expect(limit.retryAfterSeconds("dee@example.edu", "192.0.2.1")).not.toBeNull();
  });

  it("forgets the pair's failures after a success", () => {
    const { limit } = limitWithClock();
    limit.recordFailure("ada@example.edu", "192.0.2.1");
    limit.recordFailure("ada@example.edu", "192.0.2.1");

    limit.recordSuccess("ada@example.edu", "192.0.2.1", limit.recordFailure("ada@example.edu", "192.0.2.1"));

    limit.recordFailure("ada@example.edu", "192.0.2.1");
    limit.recordFailure("ada@example.edu", "192.0.2.1");
    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.1")).toBeNull();
  });

  it("withdraws the successful attempt from the address", () => {
    const { limit, clock } = limitWithClock();
    for (let attempt = 0; attempt < ADDRESS_MAX_FAILURES - 1; attempt += 1) {
      limit.recordFailure(`user-${attempt}@example.edu`, "192.0.2.1");
    }
    clock.now += 1000;
    const success = limit.recordFailure("bob@example.edu", "192.0.2.1");

    limit.recordSuccess("bob@example.edu", "192.0.2.1", success);

    expect(limit.retryAfterSeconds("cy@example.edu", "192.0.2.1")).toBeNull();
  });

  it("forgets the least recent keys beyond its capacity", () => {
    const { limit } = limitWithClock(4);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      limit.recordFailure("ada@example.edu", "192.0.2.1");
    }

    limit.recordFailure("bob@example.edu", "192.0.2.2");
    limit.recordFailure("cy@example.edu", "192.0.2.3");

    expect(limit.retryAfterSeconds("ada@example.edu", "192.0.2.1")).toBeNull();
  });
});
