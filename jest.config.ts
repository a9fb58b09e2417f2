import type { Config } from "jest";

/** SWC settings for the server: legacy decorators with emitted metadata, as type-graphql and TypeORM read it. */
const serverTransform: [string, Record<string, unknown>] = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

/** SWC settings for the client: TSX with the automatic JSX runtime, compiled to CommonJS for Jest. */
const clientTransform: [string, Record<string, unknown>] = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const config: Config = {
  reporters: ["default", "<rootDir>/scripts/summary-reporter.cjs"],
  // Integration tests start servers and databases; a shared CI machine can be slow at times.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "server",
      testEnvironment: "node",
      // The example sync client's test runs against the server, so it belongs to this project.
      roots: ["<rootDir>/server/src", "<rootDir>/examples"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.ts$": serverTransform },
      setupFiles: ["reflect-metadata"],
    },
    {
      displayName: "client",
      // A time zone west of UTC makes a calendar date read as a local midnight show the previous day.
      testEnvironment: "<rootDir>/client/src/test-support/client-test-environment.ts",
      testEnvironmentOptions: { timezone: "America/Los_Angeles" },
      roots: ["<rootDir>/client/src"],
      testMatch: ["**/*.test.tsx", "**/*.test.ts"],
      transform: { "^.+\\.(t|j)sx?$": clientTransform, "^.+\\.mjs$": clientTransform },
      // Some client packages ship only ES modules, which Jest must compile to CommonJS too.
      // react-router 7 ships CommonJS builds as well, so it needs no entry here.
      transformIgnorePatterns: ["/node_modules/(?!(@apollo/client|rxjs|@mui|@babel/runtime)/)"],
      setupFilesAfterEnv: ["<rootDir>/client/src/test-support/setup-tests.ts"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/e2e"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.ts$": serverTransform },
      setupFiles: ["reflect-metadata"],
    },
  ],
};

export default config;
