import { type ASTNode, GraphQLError, Kind, parse, visit } from "graphql";

/*
 * Finds which argument of the operation an invalid value was written in, so that errors raised
 * by graphql-js before any resolver runs can name the argument just as resolver errors do.
 */

const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/** Tells whether a validation error is about a value written inline in an argument, such as an unknown enum value. */
export function isInlineValueError(error: GraphQLError): boolean {
  const node = error.nodes?.[0];

  return node !== undefined && VALUE_KINDS.has(node.kind);
}

/**
 * Returns the argument path, such as `filter.submittedFrom`, of the inline value an error
 * points at, or undefined when the value is not inside a field argument (a variable's default).
 */
export function argumentPathOfInlineValue(error: GraphQLError): string | undefined {
  const target = error.nodes?.[0];
  const body = target?.loc?.source.body;
  if (!target?.loc || body === undefined) {
    return undefined;
  }

  return findArgumentPath(body, (node) => node.kind === target.kind && node.loc?.start === target.loc?.start);
}

/**
 * Returns the argument path where a variable rejected by graphql-js is used, extended by the
 * path inside the variable's value that its message names: `$f` passed as `filter`, with the
 * message `… at "f.submittedFrom"`, gives `filter.submittedFrom`.
 */
export function argumentPathOfVariable(error: GraphQLError): string | undefined {
  const definition = error.nodes?.[0];
  if (definition?.kind !== Kind.VARIABLE_DEFINITION || !definition.loc) {
    return undefined;
  }

  const variableName = definition.variable.name.value;
  const usage = findArgumentPath(
    definition.loc.source.body,
    (node) => node.kind === Kind.VARIABLE && node.name.value === variableName && node.loc?.start !== definition.variable.loc?.start,
  );
  if (!usage) {
    return undefined;
  }

  const inner = new RegExp(` at "${variableName}((?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+\\])+)"`).exec(error.message)?.[1] ?? "";

  return `${usage}${inner.replace(/\[\d+\]/g, "")}`;
}

/** Walks the document and returns the argument path of the first node that `matches`, inside a field argument. */
function findArgumentPath(documentText: string, matches: (node: ASTNode) => boolean): string | undefined {
  const path: string[] = [];
  let insideArgument = 0;
  let found: string | undefined;

  visit(parse(documentText), {
    enter(node) {
      if (found !== undefined) {
        return false;
      }
      if (insideArgument > 0 && matches(node)) {
        // An unknown input field is reported on the field itself, which is not on the path yet.
        found = [...path, ...(node.kind === Kind.OBJECT_FIELD ? [node.name.value] : [])].join(".");
        return false;
      }
      if (node.kind === Kind.ARGUMENT) {
        insideArgument += 1;
        path.push(node.name.value);
      } else if (node.kind === Kind.OBJECT_FIELD) {
        path.push(node.name.value);
      }
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT) {
        insideArgument -= 1;
        path.pop();
      } else if (node.kind === Kind.OBJECT_FIELD) {
        path.pop();
      }
    },
  });

  return found;
}
