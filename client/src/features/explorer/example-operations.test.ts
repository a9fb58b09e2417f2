import { Kind, parse, type OperationDefinitionNode } from "graphql";

import { EXAMPLE_OPERATIONS, formatExampleVariables } from "./example-operations";

const DEFAULTS = { programId: "prg_1", mentorshipId: "mtr_1" };

function operationsOf(query: string): OperationDefinitionNode[] {
  return parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

describe("example operations", () => {
  test("have unique operation names", () => {
    const names = EXAMPLE_OPERATIONS.map((example) => example.operationName);

    expect(new Set(names).size).toBe(names.length);
  });

  test.each(EXAMPLE_OPERATIONS.map((example) => [example.operationName, example] as const))(
    "%s contains exactly its named query",
    (name, example) => {
      const operations = operationsOf(example.query);

      expect(operations).toHaveLength(1);
      expect(operations[0].operation).toBe("query");
      expect(operations[0].name?.value).toBe(name);
    },
  );

  test.each(EXAMPLE_OPERATIONS.map((example) => [example.operationName, example] as const))(
    "%s prefills every variable it declares",
    (_name, example) => {
      const declared = operationsOf(example.query)[0].variableDefinitions?.map((definition) => definition.variable.name.value) ?? [];

      const prefilled = JSON.parse(formatExampleVariables(example, DEFAULTS)) as Record<string, unknown>;

      expect(Object.keys(prefilled).sort()).toEqual([...declared].sort());
    },
  );

  test("fill program and mentorship ids from the defaults", () => {
    const variables = EXAMPLE_OPERATIONS.map((example) => example.variables(DEFAULTS));

    expect(variables).toContainEqual(expect.objectContaining({ programId: "prg_1" }));
    expect(variables).toContainEqual(expect.objectContaining({ mentorshipId: "mtr_1" }));
  });
});
