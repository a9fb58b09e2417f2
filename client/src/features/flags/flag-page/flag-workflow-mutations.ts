import type { ApolloCache } from "@apollo/client";

import { graphql } from "../../../gql";

// Each step returns the flag with every field the flag page shows, so the page updates from
// the response, and the counts of its mentorship, so that cached pages showing them update too.
export const PriorityFlagWorkflowResult_priorityFlag = graphql(`
  fragment PriorityFlagWorkflowResult_priorityFlag on PriorityFlag {
    id
    ...PriorityFlagPage_priorityFlag
    mentorship {
      id
      priorityFlagCount
      openPriorityFlagCount
    }
  }
`);

export const AssignPriorityFlagMutation = graphql(`
  mutation AssignPriorityFlag($input: AssignPriorityFlagInput!) {
    assignPriorityFlag(input: $input) {
      flag {
        ...PriorityFlagWorkflowResult_priorityFlag
      }
    }
  }
`);

export const StartPriorityFlagMutation = graphql(`
  mutation StartPriorityFlag($input: StartPriorityFlagInput!) {
    startPriorityFlag(input: $input) {
      flag {
        ...PriorityFlagWorkflowResult_priorityFlag
      }
    }
  }
`);

export const ResolvePriorityFlagMutation = graphql(`
  mutation ResolvePriorityFlag($input: ResolvePriorityFlagInput!) {
    resolvePriorityFlag(input: $input) {
      flag {
        ...PriorityFlagWorkflowResult_priorityFlag
      }
    }
  }
`);

export const ReopenPriorityFlagMutation = graphql(`
  mutation ReopenPriorityFlag($input: ReopenPriorityFlagInput!) {
    reopenPriorityFlag(input: $input) {
      flag {
        ...PriorityFlagWorkflowResult_priorityFlag
      }
    }
  }
`);

/**
 * Drops the cached lists that a change of status or assignee can reorder or refilter: the flag
 * and mentorship lists (filters by status, open flags and assignee), and the participants' open
 * flag counts. Pages showing them load them again when next shown.
 */
export function evictFlagLists(cache: ApolloCache): void {
  cache.evict({ id: "ROOT_QUERY", fieldName: "priorityFlags" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "mentorships" });
  cache.gc();
}
