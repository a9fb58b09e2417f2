import { decodeCursor, encodeCursor } from "./pagination";

function cursorOf(text: string): string {
  return Buffer.from(text).toString("base64url");
}

describe("decodeCursor", () => {
  it.each([0, 1, 99, Number.MAX_SAFE_INTEGER])("returns the position of an encoded %p", (position) => {
    const cursor = encodeCursor(position);

    expect(decodeCursor(cursor)).toBe(position);
  });

  it.each([
    ["an empty position", "offset:"],
    ["a hexadecimal position", "offset:0x10"],
    ["an exponent", "offset:1e3"],
    ["a leading space", "offset: 5"],
    ["a trailing space", "offset:5 "],
    ["a sign", "offset:+5"],
    ["a negative position", "offset:-1"],
    ["a leading zero", "offset:05"],
    ["a fraction", "offset:1.5"],
    ["a position beyond safe integers", `offset:${"9".repeat(20)}`],
    ["another prefix", "page:5"],
  ])("rejects %s", (_case, text) => {
    const cursor = cursorOf(text);

    expect(decodeCursor(cursor)).toBeNull();
  });

  it("rejects a cursor with base64 padding", () => {
    const cursor = `${encodeCursor(5)}=`;

    expect(decodeCursor(cursor)).toBeNull();
  });
});
