import { LocalDateResolver } from "graphql-scalars";

/** A calendar date without a time or time zone, written as YYYY-MM-DD. */
export const LocalDateScalar = LocalDateResolver;
