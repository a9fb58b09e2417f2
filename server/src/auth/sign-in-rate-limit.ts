/*
 * Limits failed sign-ins, so that nobody can try passwords at speed against one account, nor
 * spray them across many accounts from one address. Failures count per (email, client address)
 * pair, so that an attacker who knows a staff member's email cannot lock them out from elsewhere,
 * and per address with a larger allowance, because many users can share one address behind a NAT.
 *
 * NOTE: the counters live in this process's memory. They reset when the server restarts, and
 * several server processes behind one load balancer each count on their own.
 */

/** Settings of a `SignInRateLimit`. */
export interface SignInRateLimitOptions {
  /** Failures allowed per (email, client address) pair within `windowMs`. */
  maxFailuresPerAccountAndAddress: number;
  /** Failures allowed per client address, whatever the email, within `windowMs`. */
  maxFailuresPerAddress: number;
  /** Length of the sliding window, in milliseconds. */
  windowMs: number;
  /** Most pairs and addresses tracked at once; the oldest are forgotten first beyond it. */
  maxTrackedKeys: number;
  /** Current time in milliseconds since the Unix epoch; replaceable in tests. */
  now?: () => number;
}

/** 10 failures per email and address pair, and 100 per address, in 15 minutes. */
export const DEFAULT_SIGN_IN_RATE_LIMIT: SignInRateLimitOptions = {
  maxFailuresPerAccountAndAddress: 10,
  maxFailuresPerAddress: 100,
  windowMs: 15 * 60 * 1000,
  maxTrackedKeys: 10_000,
};

/** Failed sign-ins per (email, client address) pair and per address, within a sliding window. */
export class SignInRateLimit {
  /** Times of recent failures per key, oldest first; a Map keeps keys in insertion order. */
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: SignInRateLimitOptions = DEFAULT_SIGN_IN_RATE_LIMIT) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Returns the seconds to wait before the next attempt when the pair or the address has used up
   * its failures, or null when an attempt is allowed.
   */
  retryAfterSeconds(email: string, address: string): number | null {
    const now = this.now();
    let waitMs = 0;

    for (const { key, maxFailures } of this.counters(email, address)) {
      const recent = this.recentFailures(key, now);
      if (recent.length >= maxFailures) {
        waitMs = Math.max(waitMs, recent[recent.length - maxFailures] + this.options.windowMs - now);
      }
    }

    return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
  }

  /**
   * Counts a failed sign-in against both the pair and the address, and returns its time for
   * `recordSuccess`. Sign-in calls it before checking the password, so that parallel attempts
   * cannot all pass `retryAfterSeconds` while the first ones are still being checked.
   */
  recordFailure(email: string, address: string): number {
    const now = this.now();

    for (const { key, maxFailures } of this.counters(email, address)) {
      const recent = this.recentFailures(key, now);
      recent.push(now);
      // Re-inserted so that the Map's order stays least recently failed first.
      this.failures.delete(key);
      this.failures.set(key, recent.slice(-maxFailures));
    }

    this.forgetOldestBeyondCapacity();

    return now;
  }

  /**
   * Turns the failure recorded at `failureTime` into a success: the pair's failures are
   * forgotten, and the address keeps only its other failures.
   */
  recordSuccess(email: string, address: string, failureTime: number): void {
    this.failures.delete(pairKey(email, address));

    const addressFailures = this.failures.get(addressKey(address));
    const index = addressFailures?.indexOf(failureTime) ?? -1;
    if (addressFailures && index !== -1) {
      addressFailures.splice(index, 1);
    }
  }

  private counters(email: string, address: string): Array<{ key: string; maxFailures: number }> {
    return [
      { key: pairKey(email, address), maxFailures: this.options.maxFailuresPerAccountAndAddress },
      { key: addressKey(address), maxFailures: this.options.maxFailuresPerAddress },
    ];
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

function pairKey(email: string, address: string): string {
  // JSON keeps the two parts apart whatever characters the email contains.
  return `pair:${JSON.stringify([email, address])}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
