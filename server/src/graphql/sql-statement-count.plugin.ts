import type { ApolloServerPlugin } from "@apollo/server";
import { currentRequestContext } from "../common/request-context";

/** Response header with the number of SQL statements the whole HTTP request ran, sign-in lookup included. */
export const SQL_STATEMENTS_HEADER = "X-SQL-Statements";

/** Adds `X-SQL-Statements` to every GraphQL response, so tests and benchmarks can see how many statements an operation costs. */
export function sqlStatementCountPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = currentRequestContext()?.sqlStatements;
          if (count !== undefined) {
            response.http.headers.set(SQL_STATEMENTS_HEADER.toLowerCase(), String(count));
          }
        },
      };
    },
  };
}
