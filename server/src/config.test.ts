import { readConfig } from "./config";

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
});
