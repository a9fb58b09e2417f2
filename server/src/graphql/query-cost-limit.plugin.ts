import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError } from "graphql";
import { logger } from "../common/logger";
import { limitExtensions } from "./operation-limits";
import { estimateObjectCount, type QueryCostSettings } from "./query-cost";

/**
 * Rejects, with HTTP 400 and GRAPHQL_VALIDATION_FAILED, an operation whose estimated number of
 * returned objects is above `maxObjects`. It runs after validation, when the request's variables
 * are known, because a `first: $pageSize` argument is only sized by its variable.
 */
export function queryCostLimitPlugin<TContext extends object>(maxObjects: number, settings: QueryCostSettings): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, operationName }) {
          if (!operation) {
            return;
          }

          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) {
            // Nothing runs with invalid variables: execution rejects them with its own error.
            return;
          }

          const estimate = estimateObjectCount(schema, document, operation, variables.coerced, settings);
          if (estimate <= maxObjects) {
            return;
          }

          logger.warn({ operationName: operationName ?? null, estimatedObjects: estimate, maxObjects }, "GraphQL operation rejected as too large");
          throw new GraphQLError(
            `${operationName ? `Operation "${operationName}"` : "The operation"} may return about ${formatCount(estimate)} objects, above the maximum of ${formatCount(maxObjects)}. Lower the \`first\` arguments of nested lists, or page through the data in several requests.`,
            { nodes: operation, extensions: { ...limitExtensions("estimatedObjects", maxObjects, Number.isFinite(estimate) ? Math.round(estimate) : undefined), http: { status: 400 } } },
          );
        },
      };
    },
  };
}

function formatCount(count: number): string {
  return Number.isFinite(count) ? Math.round(count).toLocaleString("en-US") : "unboundedly many";
}
