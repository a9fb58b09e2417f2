import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InlineFragmentNode,
  isInterfaceType,
  isObjectType,
  type OperationTypeNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from "graphql";

/*
 * Type lookups for rules that walk an operation by hand, following fragment spreads, where
 * graphql-js's TypeInfo (which follows the document's own order) cannot help.
 */

/** Returns the definition of field `name` on `parentType`, including the introspection fields, or undefined. */
export function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (!parentType) {
    return undefined;
  }
  if (name === TypeNameMetaFieldDef.name) {
    return TypeNameMetaFieldDef;
  }
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) {
      return SchemaMetaFieldDef;
    }
    if (name === TypeMetaFieldDef.name) {
      return TypeMetaFieldDef;
    }
  }

  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/** Returns the type a fragment applies to: its type condition, or the enclosing type when it has none. */
export function fragmentType(
  schema: GraphQLSchema,
  fragment: FragmentDefinitionNode | InlineFragmentNode,
  enclosingType: GraphQLNamedType | undefined,
): GraphQLNamedType | undefined {
  return fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : enclosingType;
}

/** Returns the root type of an operation kind (query, mutation or subscription). */
export function rootType(schema: GraphQLSchema, operation: OperationTypeNode): GraphQLNamedType | undefined {
  return schema.getRootType(operation) ?? undefined;
}
