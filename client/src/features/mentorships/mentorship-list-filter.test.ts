import {
  EMPTY_MENTORSHIP_FILTER,
  mentorshipExportUrl,
  mentorshipFilterCodec,
  toMentorshipFilter,
  type MentorshipListFilter,
} from "./mentorship-list-filter";

const FULL_FILTER: MentorshipListFilter = {
  programIds: ["prg_00000000000000000000000000000001", "prg_00000000000000000000000000000002"],
  statuses: ["UNMATCHED"],
  matchedFrom: "2026-01-01",
  matchedTo: "2026-02-28",
  hasOpenPriorityFlags: false,
  noConversationForDays: 30,
  search: "Núñez",
};

describe("mentorshipFilterCodec", () => {
  test("round-trips every filter", () => {
    const params = new URLSearchParams();

    mentorshipFilterCodec.write(params, FULL_FILTER);

    expect(mentorshipFilterCodec.read(params)).toEqual(FULL_FILTER);
  });

  test("writes nothing for the empty filter", () => {
    const params = new URLSearchParams();

    mentorshipFilterCodec.write(params, EMPTY_MENTORSHIP_FILTER);

    expect(params.toString()).toBe("");
  });

  test.each([
    ["status=PAUSED", "statuses", []],
    ["matchedFrom=01/02/2026", "matchedFrom", undefined],
    ["matchedFrom=2026-02-30", "matchedFrom", undefined],
    ["matchedTo=2026-13-45", "matchedTo", undefined],
    ["program=abc", "programIds", []],
    ["program=prg_0000000000000000000000000000000G", "programIds", []],
    ["openFlags=maybe", "hasOpenPriorityFlags", undefined],
    ["noConversationDays=0", "noConversationForDays", undefined],
    ["noConversationDays=3651", "noConversationForDays", undefined],
    ["noConversationDays=2.5", "noConversationForDays", undefined],
    ["q=%20%20", "search", undefined],
  ])("ignores the malformed %s", (query, key, expected) => {
    const filter = mentorshipFilterCodec.read(new URLSearchParams(query));

    expect(filter[key as keyof MentorshipListFilter]).toEqual(expected);
  });
});

describe("toMentorshipFilter", () => {
  test("leaves out an empty filter", () => {
    expect(toMentorshipFilter(EMPTY_MENTORSHIP_FILTER)).toBeUndefined();
  });
});

describe("mentorshipExportUrl", () => {
  test("names each parameter after the GraphQL filter field", () => {
    const url = new URL(mentorshipExportUrl(FULL_FILTER, { field: "MENTEE_NAME", direction: "ASC" }), "http://localhost");

    expect(url.pathname).toBe("/export/mentorships.csv");
    expect(url.searchParams.getAll("programIds")).toEqual(["prg_00000000000000000000000000000001", "prg_00000000000000000000000000000002"]);
    expect(url.searchParams.getAll("statuses")).toEqual(["UNMATCHED"]);
    expect(url.searchParams.get("matchedFrom")).toBe("2026-01-01");
    expect(url.searchParams.get("matchedTo")).toBe("2026-02-28");
    expect(url.searchParams.get("hasOpenPriorityFlags")).toBe("false");
    expect(url.searchParams.get("noConversationForDays")).toBe("30");
    expect(url.searchParams.get("search")).toBe("Núñez");
    expect(url.searchParams.get("sort")).toBe("MENTEE_NAME");
    expect(url.searchParams.get("direction")).toBe("ASC");
  });
});
