import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/viewer";
import { UnauthenticatedError } from "../common/errors";
import { TenantScope } from "../common/tenant-scope";
import { createLoaders, type Loaders } from "./loaders";

/** Values every resolver of one request receives. */
export interface GraphQLContext {
  viewer: Viewer;
  /** Limits every read to the viewer's partner. */
  scope: TenantScope;
  loaders: Loaders;
}

/** Builds the context of one request, or throws UNAUTHENTICATED (HTTP 401) with `unauthenticatedMessage` when the request has no viewer. */
export function createContext(dataSource: DataSource, viewer: Viewer | null | undefined, unauthenticatedMessage?: string): GraphQLContext {
  if (!viewer) {
    throw new UnauthenticatedError(unauthenticatedMessage);
  }

  const scope = new TenantScope(dataSource, viewer.partnerId);

  return { viewer, scope, loaders: createLoaders(scope) };
}
