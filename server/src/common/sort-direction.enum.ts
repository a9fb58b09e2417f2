import { registerEnumType } from "type-graphql";

/** Order of a sorted list. */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Order of a sorted list.",
  valuesConfig: {
    ASC: { description: "Ascending: smallest, earliest or alphabetically first value first." },
    DESC: { description: "Descending: largest, latest or alphabetically last value first." },
  },
});
