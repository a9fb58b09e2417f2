import { createByIdLoader } from "../common/loaders";
import type { TenantScope } from "../common/tenant-scope";
import { Program } from "./program.entity";

/** Per-request loaders of programs. */
export function createPartnerLoaders(scope: TenantScope) {
  return {
    programById: createByIdLoader(scope, Program),
  };
}
