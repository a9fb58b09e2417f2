import type { Logger as TypeOrmLogger } from "typeorm";
import { logger } from "../common/logger";
import { currentRequestContext } from "../common/request-context";

/**
 * TypeORM logger that counts every SQL statement against the current request, so tests can
 * prove that an operation runs a fixed number of statements. Statement text is logged only
 * at `trace` level and never with parameters, because parameters carry personal data.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(query: string): void {
    const context = currentRequestContext();

    if (context) {
      context.sqlStatements += 1;
    }
    logger.trace({ sql: query }, "sql statement");
  }

  logQueryError(error: string | Error, query: string): void {
    logger.error({ err: error, sql: query }, "sql statement failed");
  }

  logQuerySlow(time: number, query: string): void {
    logger.warn({ durationMs: time, sql: query }, "slow sql statement");
  }

  logSchemaBuild(message: string): void {
    logger.debug(message);
  }

  logMigration(message: string): void {
    logger.info({ migration: message }, "migration");
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    logger[level === "log" ? "info" : level]({ detail: message }, "typeorm");
  }
}
