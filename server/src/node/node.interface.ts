import { Field, ID, InterfaceType } from "type-graphql";
import { NODE_TYPE_BY_KIND, nodeKindOf } from "./node-types";

/** Any object with a global id, readable by `node(id:)`. */
@InterfaceType({
  description:
    "An object with a globally unique id. Every id starts with a prefix that names its type (`mtr_` for a mentorship, `par_` for a participant), so `node(id:)` can read any object by id alone.",
  resolveType: (value: { id?: unknown }) => {
    const kind = typeof value.id === "string" ? nodeKindOf(value.id) : null;

    return kind === null ? undefined : NODE_TYPE_BY_KIND[kind];
  },
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, typed id: a three-letter type prefix, an underscore and 32 hex digits." })
  id!: string;
}
