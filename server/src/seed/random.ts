import { idFromHex, type IdKind } from "../common/ids";

/** A value and its relative weight for `SeededRandom.weighted`. */
export type Weighted<T> = readonly [value: T, weight: number];

/** Hashes a text to 32 bits with FNV-1a, so a fork label becomes part of a seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }

  return hash >>> 0;
}

/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32). The same seed gives the
 * same sequence on every platform, because it uses only 32-bit integer arithmetic.
 * It is for demo data only, never for secrets.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    let state = seed >>> 0;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);

      return (z ^ (z >>> 16)) >>> 0;
    };

    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    // The first outputs of sfc32 still correlate with the seed, so they are discarded.
    for (let round = 0; round < 12; round += 1) {
      this.nextUint32();
    }
  }

  /**
   * Creates an independent generator for one part of the data. A fork depends only on the seed
   * and the label, not on how many values the parent produced, so each part draws its own sequence.
   */
  fork(label: string): SeededRandom {
    return new SeededRandom((this.seed ^ hashLabel(label)) >>> 0);
  }

  nextUint32(): number {
    const result = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + result) >>> 0;

    return result;
  }

  /** Returns a float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Returns an integer between `min` and `max`, both included. */
  int(min: number, max: number): number {
    if (max < min) {
      throw new Error(`Invalid range: min ${min} is greater than max ${max}`);
    }

    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error("Cannot pick from an empty list");
    }

    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly Weighted<T>[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    if (!(total > 0)) {
      throw new Error("Cannot pick from weights that sum to zero");
    }

    let remaining = this.next() * total;
    for (const [value, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) {
        return value;
      }
    }

    return entries[entries.length - 1][0];
  }

  /** Returns a shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }

    return copy;
  }

  /** Picks `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)));
  }

  /** Returns `length` lowercase hex digits. */
  hex(length = 32): string {
    let digits = "";
    while (digits.length < length) {
      digits += this.nextUint32().toString(16).padStart(8, "0");
    }

    return digits.slice(0, length);
  }

  /** Creates a typed id of the given kind from the next 128 bits. */
  id(kind: IdKind): string {
    return idFromHex(kind, this.hex(32));
  }
}
