import type { MixedList } from "typeorm";
import { InitialSchema1764892800000 } from "./1764892800000-initial-schema";
import { ExternalIds1765065603000 } from "./1765065603000-external-ids";

/** Every migration in the order it runs. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: MixedList<Function> = [InitialSchema1764892800000, ExternalIds1765065603000];
