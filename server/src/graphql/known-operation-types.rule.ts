import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Rejects a mutation or subscription when the schema defines no root type for it. graphql-js 16
 * only finds this during execution, where the error would be reported as a server error.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) {
      return;
    }

    context.reportError(new GraphQLError(`This API does not support ${node.operation} operations; send a query instead.`, { nodes: node }));
  },
});
