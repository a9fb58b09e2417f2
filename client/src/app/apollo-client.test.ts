import { parse } from "graphql";

import { createApolloClient } from "./apollo-client";

// Parsed directly rather than through `graphql()`, so that codegen does not collect them.
const VIEWER_NAME_QUERY = parse("query ViewerName { viewer { displayName } }");
const VIEWER_ACCESS_QUERY = parse("query ViewerAccess { viewer { fieldAccess { contactDetails flagNotes } } }");

describe("createApolloClient", () => {
  test("keeps the viewer fields of every query in the cache", () => {
    const { cache } = createApolloClient({ onUnauthenticated: () => undefined });
    const fieldAccess = { __typename: "ViewerFieldAccess", contactDetails: false, flagNotes: false };

    cache.writeQuery({ query: VIEWER_NAME_QUERY, data: { viewer: { __typename: "Viewer", displayName: "Avery Admin" } } });
    cache.writeQuery({ query: VIEWER_ACCESS_QUERY, data: { viewer: { __typename: "Viewer", fieldAccess } } });

    expect(cache.readQuery({ query: VIEWER_NAME_QUERY })).toEqual({ viewer: { __typename: "Viewer", displayName: "Avery Admin" } });
    expect(cache.readQuery({ query: VIEWER_ACCESS_QUERY })).toEqual({ viewer: { __typename: "Viewer", fieldAccess } });
  });
});
