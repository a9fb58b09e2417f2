/*
 * Limits failed sign-ins, so that nobody can try passwords at speed against one account or from
 * one address.
 *
 * NOTE: the counters live in this process's memory. They reset when the server restarts, and
 * several server processes behind one load balancer each count on their own.
 */

/** Settings of a `SignInRateLimit`. */
export interface SignInRateLimitOptions {
  /** Failures allowed per email and per client address within `windowMs`. */
  maxFailures: number;
  /** Length of the sliding window, in milliseconds. */
  windowMs: number;
  /** Most emails and addresses tracked at once; the oldest are forgotten first beyond it. */
  maxTrackedKeys: number;
  /** Current time in milliseconds since the Unix epoch; replaceable in tests. */
  now?: () => number;
}

/** 10 failures per email and per address in 15 minutes. */
export const DEFAULT_SIGN_IN_RATE_LIMIT: SignInRateLimitOptions = {
  maxFailures: 10,
  windowMs: 15 * 60 * 1000,
  maxTrackedKeys: 10_000,
};

/** Failed sign-ins per email and per client address, within a sliding window. */
export class SignInRateLimit {
  /** Times of recent failures per key, oldest first; a Map keeps keys in insertion order. */
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: SignInRateLimitOptions = DEFAULT_SIGN_IN_RATE_LIMIT) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Returns the seconds to wait before the next attempt when the email or the address has used up
   * its failures, or null when an attempt is allowed.
   */
  retryAfterSeconds(email: string, address: string): number | null {
    const now = this.now();
    let waitMs = 0;

    for (const key of [emailKey(email), addressKey(address)]) {
      const recent = this.recentFailures(key, now);
      if (recent.length >= this.options.maxFailures) {
        waitMs = Math.max(waitMs, recent[recent.length - this.options.maxFailures] + this.options.windowMs - now);
      }
    }

    return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
  }

  /**
   * Counts a failed sign-in against both the email and the address, and returns its time for
   * `recordSuccess`. Sign-in calls it before checking the password, so that parallel attempts
   * cannot all pass `retryAfterSeconds` while the first ones are still being checked.
   */
  recordFailure(email: string, address: string): number {
    const now = this.now();

    for (const key of [emailKey(email), addressKey(address)]) {
      const recent = this.recentFailures(key, now);
      recent.push(now);
      // Re-inserted so that the Map's order stays least recently failed first.
      this.failures.delete(key);
      this.failures.set(key, recent.slice(-this.options.maxFailures));
    }

    this.forgetOldestBeyondCapacity();

    return now;
  }

  /**
   * Turns the failure recorded at `failureTime` into a success: the email's failures are
   * forgotten, and the address keeps only its other failures.
   */
  recordSuccess(email: string, address: string, failureTime: number): void {
    this.failures.delete(emailKey(email));

    const addressFailures = this.failures.get(addressKey(address));
    const index = addressFailures?.indexOf(failureTime) ?? -1;
    if (addressFailures && index !== -1) {
      addressFailures.splice(index, 1);
    }
  }

  private recentFailures(key: string, now: number): number[] {
    const times = this.failures.get(key) ?? [];

    return times.filter((time) => now - time < this.options.windowMs);
  }

  private forgetOldestBeyondCapacity(): void {
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.options.maxTrackedKeys) {
        return;
      }
      this.failures.delete(key);
    }
  }
}

function emailKey(email: string): string {
  return `email:${email}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
