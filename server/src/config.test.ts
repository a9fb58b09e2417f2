import { join, resolve } from "node:path";
import { readConfig } from "./config";
import { DEFAULT_DATABASE_PATH } from "./db/data-source";

describe("readConfig", () => {
  it("turns introspection and field suggestions on by default", () => {
    const config = readConfig({});

    expect(config.graphqlIntrospection).toBe(true);
    expect(config.graphqlFieldSuggestions).toBe(true);
  });

  it.each([
    ["false", false],
    ["FALSE", false],
    [" true ", true],
  ])("reads GRAPHQL_INTROSPECTION=%j", (value, expected) => {
    const config = readConfig({ GRAPHQL_INTROSPECTION: value });

    expect(config.graphqlIntrospection).toBe(expected);
  });

  it("reads GRAPHQL_FIELD_SUGGESTIONS=false", () => {
    const config = readConfig({ GRAPHQL_FIELD_SUGGESTIONS: "false" });

    expect(config.graphqlFieldSuggestions).toBe(false);
  });

  it.each([
    ["GRAPHQL_INTROSPECTION", "off"],
    ["GRAPHQL_FIELD_SUGGESTIONS", "0"],
    ["GRAPHQL_FIELD_SUGGESTIONS", ""],
    ["SEED_DEMO_DATA", "yes"],
  ])("rejects %s=%j with the variable's name", (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(`${name} must be "true" or "false", got "${value}"`);
  });

  describe("DATABASE_PATH", () => {
    it("resolves a relative path against the folder npm was run in", () => {
      const config = readConfig({ DATABASE_PATH: "reltest/rel.sqlite", INIT_CWD: "/srv/mentorlens" });

      expect(config.databasePath).toBe("/srv/mentorlens/reltest/rel.sqlite");
    });

    it("resolves a relative path against the working directory outside npm", () => {
      const config = readConfig({ DATABASE_PATH: "reltest/rel.sqlite" });

      expect(config.databasePath).toBe(resolve("reltest/rel.sqlite"));
    });

    it("keeps an absolute path and :memory:", () => {
      expect(readConfig({ DATABASE_PATH: "/var/lib/ml.sqlite", INIT_CWD: "/srv" }).databasePath).toBe("/var/lib/ml.sqlite");
      expect(readConfig({ DATABASE_PATH: ":memory:", INIT_CWD: "/srv" }).databasePath).toBe(":memory:");
    });

    it("defaults to data/ at the top of the repository", () => {
      const config = readConfig({ INIT_CWD: "/srv" });

      expect(config.databasePath).toBe(DEFAULT_DATABASE_PATH);
      expect(config.databasePath).toBe(join(__dirname, "../../data/mentorlens.sqlite"));
    });
  });
});
