import type { CodegenConfig } from "@graphql-codegen/cli";

/** Generates typed documents and fragment helpers for the dashboard from the committed schema. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/gql/": {
      preset: "client",
      presetConfig: {
        // Apollo Client exports its own `useFragment` hook, so the unmasking helper gets another name.
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTimeISO: "string",
          LocalDate: "string",
        },
      },
    },
  },
};

export default config;
