import { isIdOfKind } from "../common/ids";
import { SeededRandom } from "./random";

function firstValues(random: SeededRandom, count: number): number[] {
  return Array.from({ length: count }, () => random.nextUint32());
}

describe("SeededRandom", () => {
  test("same seed gives the same sequence", () => {
    const first = firstValues(new SeededRandom(42), 50);

    const second = firstValues(new SeededRandom(42), 50);

    expect(second).toEqual(first);
  });

  test("different seeds give different sequences", () => {
    const first = firstValues(new SeededRandom(42), 10);

    const second = firstValues(new SeededRandom(43), 10);

    expect(second).not.toEqual(first);
  });

  test("fork ignores how much the parent consumed", () => {
    const fresh = new SeededRandom(7);
    const used = new SeededRandom(7);
    firstValues(used, 100);

    const fromFresh = firstValues(fresh.fork("people"), 10);
    const fromUsed = firstValues(used.fork("people"), 10);

    expect(fromUsed).toEqual(fromFresh);
  });

  test("forks with different labels differ", () => {
    const random = new SeededRandom(7);

    const people = firstValues(random.fork("people"), 10);
    const flags = firstValues(random.fork("flags"), 10);

    expect(flags).not.toEqual(people);
  });

  test("int stays within inclusive bounds and reaches both", () => {
    const random = new SeededRandom(1);

    const values = Array.from({ length: 2000 }, () => random.int(3, 6));

    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(6);
    expect(values.every(Number.isInteger)).toBe(true);
  });

  test("int rejects an inverted range", () => {
    const random = new SeededRandom(1);

    expect(() => random.int(5, 4)).toThrow("Invalid range");
  });

  test("weighted never picks a zero weight", () => {
    const random = new SeededRandom(3);

    const picks = Array.from({ length: 1000 }, () => random.weighted([["never", 0], ["always", 1]] as const));

    expect(picks.every((pick) => pick === "always")).toBe(true);
  });

  test("shuffle keeps every item", () => {
    const random = new SeededRandom(9);
    const items = Array.from({ length: 30 }, (_, index) => index);

    const shuffled = random.shuffle(items);

    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  test("sample returns distinct items", () => {
    const random = new SeededRandom(11);

    const sample = random.sample(["a", "b", "c", "d", "e"], 3);

    expect(sample).toHaveLength(3);
    expect(new Set(sample).size).toBe(3);
  });

  test("id is a well-formed typed id", () => {
    const random = new SeededRandom(5);

    const id = random.id("mentorship");

    expect(isIdOfKind("mentorship", id)).toBe(true);
  });
});
