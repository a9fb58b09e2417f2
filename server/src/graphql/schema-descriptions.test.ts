import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";

/** Schema coordinates, such as `Mentorship.status` or `Query.mentorship(id:)`, that have no description. */
function undescribedCoordinates(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) {
      missing.push(coordinate);
    }
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) {
      continue;
    }
    check(type.name, type.description);

    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const argument of field.args) {
          check(`${type.name}.${field.name}(${argument.name}:)`, argument.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        check(`${type.name}.${value.name}`, value.description);
      }
    }
  }

  return missing.sort();
}

describe("schema.graphql", () => {
  it("describes every type, field, argument, input field and enum value", () => {
    const schema = buildSchema(readFileSync(join(__dirname, "../../../schema.graphql"), "utf8"));

    const missing = undescribedCoordinates(schema);

    expect(missing).toEqual([]);
  });

  it("finds a missing description", () => {
    const schema = buildSchema(`
      "Root."
      type Query {
        "Described."
        described(
          "Described."
          first: Int
        ): Int
        bare(size: Int): Int
      }
    `);

    const missing = undescribedCoordinates(schema);

    expect(missing).toEqual(["Query.bare", "Query.bare(size:)"]);
  });
});
