import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from "graphql";
import { buildGraphQLSchema } from "./schema";

/** Lists every schema element of our own that has no description, as `Type.field(argument)` paths. */
function undocumentedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));

  for (const type of types) {
    if (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) {
      continue;
    }
    if (!type.description) {
      missing.push(type.name);
    }

    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) {
          missing.push(`${type.name}.${field.name}`);
        }
        for (const argument of field.args) {
          if (!argument.description) {
            missing.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) {
          missing.push(`${type.name}.${value.name}`);
        }
      }
    }
  }

  return missing;
}

describe("GraphQL schema", () => {
  it("documents every type, field, argument and enum value", async () => {
    const schema = await buildGraphQLSchema();

    expect(undocumentedElements(schema)).toEqual([]);
  });
});
