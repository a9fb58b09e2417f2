import type { MixedList } from "typeorm";

/** Every migration in the order it runs. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: MixedList<Function> = [];
