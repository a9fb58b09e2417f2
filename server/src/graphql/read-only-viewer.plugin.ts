import type { ApolloServerPlugin } from "@apollo/server";
import { isReadOnlyViewer } from "../auth/read-only";
import type { Viewer } from "../auth/viewer";
import { ForbiddenError } from "../common/errors";
import { logger } from "../common/logger";

/**
 * Rejects every operation but a query from a read-only viewer (an INTEGRATION token), with
 * FORBIDDEN and HTTP 403, before any resolver runs. It checks the operation type rather than a
 * list of mutations, so each mutation added later is covered without a change here.
 */
export function readOnlyViewerPlugin<TContext extends { viewer: Viewer }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || operation.operation === "query" || !isReadOnlyViewer(contextValue.viewer)) {
            return;
          }

          logger.warn({ operation: operation.operation, role: contextValue.viewer.role, apiTokenId: contextValue.viewer.apiTokenId }, "operation rejected: the viewer is read-only");
          const error = new ForbiddenError(`The ${contextValue.viewer.role} role is read-only and may not send ${operation.operation} operations; send a query instead.`);
          error.extensions.http = { status: 403 };
          throw error;
        },
      };
    },
  };
}
