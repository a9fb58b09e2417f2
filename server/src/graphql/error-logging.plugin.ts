import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { logger } from "../common/logger";
import { isUnexpectedError } from "./format-error";

/**
 * Logs every unexpected error of an operation with the operation name and the field path; the
 * logger adds the request id that the client receives. Only the error's class, message and stack
 * are logged, because database errors also carry the statement's parameters, which are personal data.
 */
export function errorLoggingPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpectedError(error)) {
              continue;
            }

            const cause = unwrapResolverError(error);
            const err = cause instanceof Error ? { type: cause.name, message: cause.message, stack: cause.stack } : { type: typeof cause };
            logger.error({ err, operationName: operationName ?? null, path: error.path?.join(".") ?? null }, "GraphQL operation failed unexpectedly");
          }
        },
      };
    },
  };
}
