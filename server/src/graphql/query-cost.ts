import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_LIST_SIZE } from "../common/pagination";
import { fieldDefinition, fragmentType, rootType } from "./selection-types";

/** List-size assumptions of the estimate. */
export interface QueryCostSettings {
  /** Items assumed for a list field that has no `first` argument. */
  unsizedListEstimate: number;
}

/**
 * Estimates how many objects an operation can return, before it runs. Every field of an object
 * type counts as one object per parent object. A list field multiplies its subtree by its `first`
 * argument: the request's value, or the schema's default when omitted or null. A connection
 * field with `first`, such as `mentorships`, passes it to its `edges`. Leaf fields are free.
 *
 * The estimate errs high: lists are assumed full, and a field selected twice (once directly, once
 * through a fragment) counts twice, although GraphQL resolves it once. Only the size of a list
 * without `first` is a guess (`unsizedListEstimate`), which can err either way.
 * `first` counts as at most the largest size any list accepts, so that an out-of-range value
 * gets its own BAD_USER_INPUT error rather than a complexity error.
 *
 * Introspection (`__schema`, `__type`) is left out: it reads the schema in memory, never the
 * database, and graphql-js 16's own MaxIntrospectionDepthRule stops its recursive lists
 * (`fields { type { fields … } }`) after 3 levels. The standard introspection query would
 * otherwise be estimated at about 110,000 objects, as if every type had 20 fields of 20 arguments.
 */
export function estimateObjectCount(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  settings: QueryCostSettings,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }

  // Cost per parent object of each fragment, by the page size a connection passed to it.
  const fragmentCosts = new Map<string, number>();

  const selectionSetCost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, pageSize: number | undefined): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parentType, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionSetCost(selection.selectionSet, fragmentType(schema, selection, parentType), pageSize);
      } else {
        cost += fragmentCost(selection.name.value, pageSize);
      }
    }

    return cost;
  };

  const fragmentCost = (name: string, pageSize: number | undefined): number => {
    const key = `${name}:${pageSize ?? ""}`;
    const cached = fragmentCosts.get(key);
    if (cached !== undefined) {
      return cached;
    }

    const fragment = fragments.get(name);
    // A cycle would recurse forever; validation rejects cycles before this runs, so count it as 0.
    fragmentCosts.set(key, 0);
    const cost = fragment ? selectionSetCost(fragment.selectionSet, fragmentType(schema, fragment, undefined), pageSize) : 0;
    fragmentCosts.set(key, cost);

    return cost;
  };

  const fieldCost = (field: FieldNode, parentType: GraphQLNamedType | undefined, pageSize: number | undefined): number => {
    const definition = fieldDefinition(schema, parentType, field.name.value);
    if (!definition || isLeafType(getNamedType(definition.type)) || !field.selectionSet || isIntrospection(definition)) {
      return 0;
    }

    const childType = getNamedType(definition.type);
    const first = firstArgument(definition, field, variables);
    if (!isListType(getNullableType(definition.type))) {
      return 1 + selectionSetCost(field.selectionSet, childType, first);
    }

    const items = first ?? idsArgumentLength(definition, field, variables) ?? pageSize ?? settings.unsizedListEstimate;

    return items * (1 + selectionSetCost(field.selectionSet, childType, undefined));
  };

  return selectionSetCost(operation.selectionSet, rootType(schema, operation.operation), undefined);
}

function isIntrospection(definition: GraphQLField<unknown, unknown>): boolean {
  return definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef;
}

/**
 * Returns a field's page size: its `first` argument, or `last` when paging backward, with
 * defaults applied and capped at `MAX_LIST_SIZE`. Returns undefined when the field has no `first`.
 * A connection whose `first` has no schema default returns DEFAULT_PAGE_SIZE rows when neither
 * argument is given.
 */
function firstArgument(definition: GraphQLField<unknown, unknown>, field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const argument = definition.args.find((candidate) => candidate.name === "first");
  if (!argument) {
    return undefined;
  }

  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, field, variables);
  } catch {
    // An invalid value fails on its own once the operation runs; estimate with the default.
    values = {};
  }

  const isConnection = definition.args.some((candidate) => candidate.name === "last");
  const fallback = argument.defaultValue ?? (isConnection ? DEFAULT_PAGE_SIZE : undefined);
  let size = fallback;
  if (typeof values.first === "number") {
    size = values.first;
  } else if (typeof values.last === "number") {
    size = values.last;
  }

  return typeof size === "number" ? Math.min(Math.max(size, 0), MAX_LIST_SIZE) : undefined;
}

/** Returns the number of ids a list field such as `nodes(ids:)` was given, or undefined when it has no `ids` argument. */
function idsArgumentLength(definition: GraphQLField<unknown, unknown>, field: FieldNode, variables: Record<string, unknown>): number | undefined {
  if (!definition.args.some((candidate) => candidate.name === "ids")) {
    return undefined;
  }

  try {
    const ids = getArgumentValues(definition, field, variables).ids;

    return Array.isArray(ids) ? Math.min(ids.length, MAX_LIST_SIZE) : undefined;
  } catch {
    return undefined;
  }
}
