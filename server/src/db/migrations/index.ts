import type { MixedList } from "typeorm";
import { InitialSchema1764892800000 } from "./1764892800000-initial-schema";
import { IncrementalSync1765065600000 } from "./1765065600000-incremental-sync";
import { ApiTokens1765065601000 } from "./1765065601000-api-tokens";
import { PriorityFlagEvents1765065602000 } from "./1765065602000-priority-flag-events";
import { ExternalIds1765065603000 } from "./1765065603000-external-ids";

/** Every migration in the order it runs. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: MixedList<Function> = [
  InitialSchema1764892800000,
  IncrementalSync1765065600000,
  ApiTokens1765065601000,
  PriorityFlagEvents1765065602000,
  ExternalIds1765065603000,
];
