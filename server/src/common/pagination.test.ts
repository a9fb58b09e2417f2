import { decodeCursor, encodeCursor, pageRequest } from "./pagination";

function cursorOf(text: string): string {
  return Buffer.from(text).toString("base64url");
}

describe("decodeCursor", () => {
  it.each([
    [{ sortKey: "mentorships:MATCHED_ON:DESC", values: ["2024-09-01", "mtr_0123456789abcdef0123456789abcdef"] }],
    [{ sortKey: "mentorships:LAST_CONVERSATION_AT:ASC", values: [1, null, "2024-09-01", "mtr_0123456789abcdef0123456789abcdef"] }],
    [{ sortKey: "mentorships:FLAG_COUNT:DESC", values: [12, "2024-09-01", "mtr_0123456789abcdef0123456789abcdef"] }],
  ])("returns what an encoded cursor contains", (cursor) => {
    const encoded = encodeCursor(cursor);

    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ["an offset cursor of earlier versions", "offset:5"],
    ["text that is not JSON", "not json"],
    ["a JSON object", '{"s":"mentorships:MATCHED_ON:DESC","k":[]}'],
    ["an array without values", '["mentorships:MATCHED_ON:DESC"]'],
    ["a sort key that is not text", '[5,"mtr_0123456789abcdef0123456789abcdef"]'],
    ["a value that is an object", '["mentorships:MATCHED_ON:DESC",{"a":1}]'],
    ["a value that is a boolean", '["mentorships:MATCHED_ON:DESC",true]'],
    ["extra spaces", '["mentorships:MATCHED_ON:DESC", "2024-09-01"]'],
  ])("rejects %s", (_case, text) => {
    const cursor = cursorOf(text);

    expect(decodeCursor(cursor)).toBeNull();
  });

  it("rejects a cursor with base64 padding", () => {
    const cursor = `${encodeCursor({ sortKey: "programs:NAME:ASC", values: ["a", "prg_0123456789abcdef0123456789abcdef"] })}=`;

    expect(decodeCursor(cursor)).toBeNull();
  });
});

describe("pageRequest", () => {
  it("reads 25 rows forward when no size is given", () => {
    const request = pageRequest({});

    expect(request).toEqual({ direction: "forward", limit: 25, cursor: null, cursorArgument: "after" });
  });

  it("reads backward with last", () => {
    const request = pageRequest({ last: 10 });

    expect(request.direction).toBe("backward");
    expect(request.limit).toBe(10);
    expect(request.cursorArgument).toBe("before");
  });

  it("rejects first combined with last", () => {
    expect(() => pageRequest({ first: 10, last: 10 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argumentName: "last" }) }));
  });

  it("rejects a malformed after cursor", () => {
    expect(() => pageRequest({ after: "bm90IGEgY3Vyc29y" })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argumentName: "after" }) }));
  });
});
