import { type GraphQLSchema, parse, validate } from "graphql";
import { maxAliasesRule, maxRootFieldsRule, maxSelectionDepthRule } from "./operation-shape.rules";
import { buildGraphQLSchema } from "./schema";

describe("operation shape rules", () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  function depthErrors(query: string, maxDepth: number): string[] {
    return validate(schema, parse(query), [maxSelectionDepthRule(maxDepth)]).map((error) => error.message);
  }

  it("counts introspection fields toward the depth", () => {
    const errors = depthErrors("{ __schema { types { fields { name } } } }", 3);

    expect(errors).toEqual(["The operation nests fields 4 levels deep, above the maximum depth of 3. Request fewer nested levels, or split the operation."]);
  });

  it("does not count ofType toward the depth", () => {
    const errors = depthErrors('{ __type(name: "Mentorship") { fields { type { ofType { ofType { ofType { name } } } } } } }', 4);

    expect(errors).toEqual([]);
  });

  it("counts a fragment spread at the depth where it is spread", () => {
    const query = `
      { viewer { ...ViewerPartner } }
      fragment ViewerPartner on Viewer { partner { name } }
    `;

    expect(depthErrors(query, 2)).toHaveLength(1);
    expect(depthErrors(query, 3)).toEqual([]);
  });

  it("checks each operation of a document on its own", () => {
    const document = parse("query Shallow { viewer { email } } query Deeper { viewer { partner { name } } }");

    const errors = validate(schema, document, [maxSelectionDepthRule(2)]).map((error) => error.message);

    expect(errors).toEqual([expect.stringContaining('Operation "Deeper" nests fields 3 levels deep')]);
  });

  it("walks a fragment spread twice at every level once", () => {
    let document = `query FanOut { mentorship(id: "mtr_${"0".repeat(32)}") { ...F0 } }\n`;
    for (let level = 0; level < 40; level += 1) {
      const next = level < 39 ? `...F${level + 1} ...F${level + 1}` : "id";
      document += `fragment F${level} on Mentorship { a${level}: id mentor { mentorships(first: 2) { ${next} } } }\n`;
    }

    const errors = validate(schema, parse(document), [maxAliasesRule(30)]).map((error) => error.message);

    expect(errors).toEqual(['Operation "FanOut" uses 1,099,511,627,775 aliases, above the maximum of 30 aliases per operation.']);
  });

  it("counts root fields inside root fragments", () => {
    const query = `
      { viewer { email } ...Roots ... on Query { third: viewer { email } } }
      fragment Roots on Query { second: viewer { email } __typename }
    `;

    const errors = validate(schema, parse(query), [maxRootFieldsRule(2)]).map((error) => error.message);

    expect(errors).toEqual(["The operation selects 3 root fields, above the maximum of 2 per operation."]);
  });
});
