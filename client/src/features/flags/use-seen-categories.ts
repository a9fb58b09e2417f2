import { useEffect, useMemo, useState } from "react";

import type { FilterOption } from "../../common/filters/MultiSelectFilter";
import { graphql, getFragmentData, type FragmentType } from "../../gql";

export const SeenCategories_priorityFlag = graphql(`
  fragment SeenCategories_priorityFlag on PriorityFlag {
    category {
      id
      label
    }
  }
`);

/**
 * Collects the categories of the flags loaded so far as filter choices, with the ids selected in
 * the address that no loaded flag has yet, named by their id.
 *
 * TODO: the API has no list of a partner's flag categories. A category that no loaded flag has
 * cannot be chosen until the API offers that list.
 */
export function useSeenCategories(
  flagRefs: ReadonlyArray<FragmentType<typeof SeenCategories_priorityFlag>>,
  selectedIds: readonly string[],
): Array<FilterOption<string>> {
  const flags = getFragmentData(SeenCategories_priorityFlag, flagRefs);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    setLabels((current) => {
      const unseen = flags.filter((flag) => current.get(flag.category.id) !== flag.category.label);
      if (unseen.length === 0) {
        return current;
      }

      const next = new Map(current);
      unseen.forEach((flag) => next.set(flag.category.id, flag.category.label));

      return next;
    });
  }, [flags]);

  return useMemo(() => {
    const options = [...labels].map(([value, label]) => ({ value, label }));
    selectedIds.filter((id) => !labels.has(id)).forEach((id) => options.push({ value: id, label: id }));

    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [labels, selectedIds]);
}
