import { BadUserInputError } from "../common/errors";
import { MAX_PAGE_SIZE } from "../common/pagination";
import { nodeKindOf } from "./node-types";
import type { NodeLoaders } from "./node.loaders";

/** Reads objects of any type by global id, through the same tenant-scoped loaders as every other field. */
export class NodeService {
  constructor(private readonly loaders: NodeLoaders) {}

  /**
   * Returns the object with this id, or null when it is missing or belongs to another partner.
   * Throws BAD_USER_INPUT when the value is not a global id at all.
   */
  async find(id: string, argumentName = "id"): Promise<object | null> {
    const kind = nodeKindOf(id);
    const loader = kind === null ? undefined : this.loaders[kind];
    if (!loader) {
      throw new BadUserInputError(
        argumentName,
        `Invalid ${argumentName} "${id.length > 60 ? `${id.slice(0, 60)}…` : id}": expected a global id, a type prefix such as "mtr_" followed by 32 lowercase hex digits.`,
      );
    }

    return loader.load(id);
  }

  /** Returns the objects of up to 100 ids, in the order given, with null for each missing or foreign one. */
  async findMany(ids: string[]): Promise<Array<object | null>> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError("ids", `ids may contain at most ${MAX_PAGE_SIZE} ids, got ${ids.length}; split the list into several requests.`);
    }

    // Checked before any load, so that one malformed id fails the field without reading the others.
    const invalid = ids.find((id) => nodeKindOf(id) === null);
    if (invalid !== undefined) {
      await this.find(invalid, "ids");
    }

    return Promise.all(ids.map((id) => this.find(id, "ids")));
  }
}
