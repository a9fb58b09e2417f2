import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { limitExtensions } from "./operation-limits";
import { fieldDefinition, fragmentType, rootType } from "./selection-types";

/*
 * Validation rules that bound the shape of an operation: how deep it nests, how many aliases it
 * uses and how many root fields it selects. Each walks the operation through its fragment
 * spreads, so that moving fields into a fragment neither hides nor resets them. Results per
 * fragment are cached, so a fragment spread many times is walked once. Fragment cycles are
 * reported by graphql-js's own NoFragmentCyclesRule; these rules only stop following them.
 */

/** Rejects an operation whose fields nest deeper than `maxDepth`. */
export function maxSelectionDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragmentDepths = new Map<string, number>();

    const selectionSetDepth = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        deepest = Math.max(deepest, selectionDepth(selection, parentType, visiting));
      }

      return deepest;
    };

    const selectionDepth = (selection: SelectionNode, parentType: GraphQLNamedType | undefined, visiting: Set<string>): number => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return selectionSetDepth(selection.selectionSet, fragmentType(schema, selection, parentType), visiting);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        return withFragment(context, selection.name.value, visiting, fragmentDepths, 0, (fragment) =>
          selectionSetDepth(fragment.selectionSet, fragmentType(schema, fragment, undefined), visiting),
        );
      }

      const name = selection.name.value;
      if (name === "__typename") {
        return 0;
      }

      const ownLevel = parentType?.name === "__Type" && name === "ofType" ? 0 : 1;
      const definition = fieldDefinition(schema, parentType, name);
      const childType = definition ? getNamedType(definition.type) : undefined;

      return ownLevel + (selection.selectionSet ? selectionSetDepth(selection.selectionSet, childType, visiting) : 0);
    };

    return forEachOperation((operation) => {
      const depth = selectionSetDepth(operation.selectionSet, rootType(schema, operation.operation), new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `${describeOperation(operation)} nests fields ${depth} levels deep, above the maximum depth of ${maxDepth}. Request fewer nested levels, or split the operation.`,
            { nodes: operation, extensions: limitExtensions("depth", maxDepth, depth) },
          ),
        );
      }
    });
  };
}

/** Rejects an operation with more than `maxAliases` aliased fields, counting a fragment once per spread. */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    const fragmentAliases = new Map<string, number>();

    const countAliases = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          count += withFragment(context, selection.name.value, visiting, fragmentAliases, 0, (fragment) => countAliases(fragment.selectionSet, visiting));
          continue;
        }

        if (selection.kind === Kind.FIELD && selection.alias) {
          count += 1;
        }
        if (selection.selectionSet) {
          count += countAliases(selection.selectionSet, visiting);
        }
      }

      return count;
    };

    return forEachOperation((operation) => {
      const count = countAliases(operation.selectionSet, new Set());
      if (count > maxAliases) {
        context.reportError(
          new GraphQLError(`${describeOperation(operation)} uses ${formatCount(count)} aliases, above the maximum of ${maxAliases} aliases per operation.`, {
            nodes: operation,
            extensions: limitExtensions("aliases", maxAliases, count),
          }),
        );
      }
    });
  };
}

/** Rejects an operation that selects more than `maxRootFields` root fields, `__typename` aside. */
export function maxRootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => {
    const countRootFields = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          count += selection.name.value === "__typename" ? 0 : 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += countRootFields(selection.selectionSet, visiting);
        } else {
          // Not cached: a fragment on the root type is rare, and `visiting` already stops cycles.
          count += withFragment(context, selection.name.value, visiting, new Map(), 0, (fragment) => countRootFields(fragment.selectionSet, visiting));
        }
      }

      return count;
    };

    return forEachOperation((operation) => {
      const count = countRootFields(operation.selectionSet, new Set());
      if (count > maxRootFields) {
        context.reportError(
          new GraphQLError(`${describeOperation(operation)} selects ${formatCount(count)} root fields, above the maximum of ${maxRootFields} per operation.`, {
            nodes: operation,
            extensions: limitExtensions("rootFields", maxRootFields, count),
          }),
        );
      }
    });
  };
}

function forEachOperation(check: (operation: OperationDefinitionNode) => void): ASTVisitor {
  return {
    OperationDefinition(operation) {
      check(operation);

      // The rules walk the whole operation themselves, so the visitor need not descend into it.
      return false;
    },
  };
}

/**
 * Returns `measure(fragment)` for the named fragment, cached in `cache`. An unknown fragment, or
 * one already on the current path (a cycle), counts as `whenMissing`.
 */
function withFragment(
  context: ValidationContext,
  name: string,
  visiting: Set<string>,
  cache: Map<string, number>,
  whenMissing: number,
  measure: (fragment: FragmentDefinitionNode) => number,
): number {
  const cached = cache.get(name);
  if (cached !== undefined) {
    return cached;
  }

  const fragment = context.getFragment(name);
  if (!fragment || visiting.has(name)) {
    return whenMissing;
  }

  visiting.add(name);
  const result = measure(fragment);
  visiting.delete(name);
  cache.set(name, result);

  return result;
}

function describeOperation(operation: OperationDefinitionNode): string {
  return operation.name ? `Operation "${operation.name.value}"` : "The operation";
}

function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}
