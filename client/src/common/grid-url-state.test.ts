import { readGridUrlState, writeGridUrlState, type GridSortOptions } from "./grid-url-state";

const OPTIONS: GridSortOptions = {
  sortableFields: ["matchedOn", "mentorName"],
  defaultSortModel: [{ field: "matchedOn", sort: "desc" }],
};

function read(query: string) {
  return readGridUrlState(new URLSearchParams(query), OPTIONS);
}

describe("readGridUrlState", () => {
  test("uses the defaults for an empty query", () => {
    expect(read("")).toEqual({ sortModel: OPTIONS.defaultSortModel, page: 0, pageSize: 25, after: undefined });
  });

  test("reads sort, page, size and cursor", () => {
    expect(read("sort=mentorName&page=3&size=50&after=c50")).toEqual({
      sortModel: [{ field: "mentorName", sort: "asc" }],
      page: 2,
      pageSize: 50,
      after: "c50",
    });
  });

  test("reads a page reached backwards by its `before` cursor", () => {
    expect(read("page=2&before=c26")).toEqual({ sortModel: OPTIONS.defaultSortModel, page: 1, pageSize: 25, before: "c26" });
  });

  test("prefers `after` when both cursors are given", () => {
    expect(read("page=2&after=c25&before=c26")).toEqual({ sortModel: OPTIONS.defaultSortModel, page: 1, pageSize: 25, after: "c25" });
  });

  test("reads a leading minus as descending", () => {
    expect(read("sort=-mentorName").sortModel).toEqual([{ field: "mentorName", sort: "desc" }]);
  });

  test("reads `none` as no order", () => {
    expect(read("sort=none").sortModel).toEqual([]);
  });

  test.each(["sort=password", "sort=-", "sort="])("ignores the unknown sort %s", (query) => {
    expect(read(query).sortModel).toEqual(OPTIONS.defaultSortModel);
  });

  test.each(["size=500", "size=10", "size=abc", "size=-25"])("ignores the page size in %s", (query) => {
    expect(read(query).pageSize).toBe(25);
  });

  test.each(["page=2", "page=0&after=c", "page=1.5&after=c", "page=abc&after=c"])("reads %s as the first page", (query) => {
    const state = read(query);

    expect(state.page).toBe(0);
    expect(state.after).toBeUndefined();
  });
});

describe("writeGridUrlState", () => {
  test("leaves out default values", () => {
    const params = new URLSearchParams();

    writeGridUrlState(params, { sortModel: OPTIONS.defaultSortModel, page: 0, pageSize: 25 }, OPTIONS);

    expect(params.toString()).toBe("");
  });

  test("round-trips a changed state", () => {
    const state = { sortModel: [{ field: "mentorName", sort: "desc" as const }], page: 4, pageSize: 100, after: "cursor-400" };
    const params = new URLSearchParams("program=prg_1");

    writeGridUrlState(params, state, OPTIONS);

    expect(params.get("program")).toBe("prg_1");
    expect(readGridUrlState(params, OPTIONS)).toEqual(state);
  });

  test("writes an empty sort model as `none`", () => {
    const params = new URLSearchParams();

    writeGridUrlState(params, { sortModel: [], page: 0, pageSize: 25 }, OPTIONS);

    expect(params.get("sort")).toBe("none");
  });
});
