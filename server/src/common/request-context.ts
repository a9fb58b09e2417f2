import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request values that code far from the resolver needs: the request id and a SQL counter. */
export interface RequestContextStore {
  requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** Runs `work` with a fresh request context, so logs and SQL counts are attributed to this request. */
export function runWithRequestContext<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId, sqlStatements: 0 }, work);
}

/** Returns the current request's context, or undefined outside a request (start-up, seeding). */
export function currentRequestContext(): RequestContextStore | undefined {
  return storage.getStore();
}
