import { toMentorshipSort } from "./mentorship-sort";

describe("toMentorshipSort", () => {
  test.each([
    ["mentorName", "MENTOR_NAME"],
    ["menteeName", "MENTEE_NAME"],
    ["programName", "PROGRAM_NAME"],
    ["status", "STATUS"],
    ["matchedOn", "MATCHED_ON"],
    ["lastConversationAt", "LAST_CONVERSATION_AT"],
    ["conversationCount", "CONVERSATION_COUNT"],
    ["openPriorityFlagCount", "OPEN_FLAG_COUNT"],
  ])("maps column %s to %s", (field, apiField) => {
    const sort = toMentorshipSort([{ field, sort: "asc" }]);

    expect(sort).toEqual({ field: apiField, direction: "ASC" });
  });

  test("maps a descending column", () => {
    const sort = toMentorshipSort([{ field: "matchedOn", sort: "desc" }]);

    expect(sort).toEqual({ field: "MATCHED_ON", direction: "DESC" });
  });

  test("leaves the API default for an empty model", () => {
    const sort = toMentorshipSort([]);

    expect(sort).toBeUndefined();
  });

  test("ignores a column the API cannot sort by", () => {
    const sort = toMentorshipSort([{ field: "actions", sort: "asc" }]);

    expect(sort).toBeUndefined();
  });
});
