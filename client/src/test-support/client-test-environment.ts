import { TextDecoder, TextEncoder } from "node:util";

import JSDOMEnvironment from "jest-environment-jsdom";

type EnvironmentArguments = ConstructorParameters<typeof JSDOMEnvironment>;

/**
 * The jsdom environment with the additions the client tests need:
 *
 * - `TextEncoder` and `TextDecoder`, which jsdom lacks and react-router reads on import.
 * - Node's `Request`, `Response` and `Headers`, which jsdom lacks and react-router's data
 *   routers build for every navigation, with Node's `AbortController` and `AbortSignal`, because
 *   Node's `Request` rejects jsdom's signal.
 * - The process time zone from the `timezone` test environment option. Assigning
 *   `process.env.TZ` inside a test has no effect, because Jest gives each test file a copy of
 *   `process.env`. This environment sets the worker's real variable, which Node reads. It
 *   restores the variable after the file, because the same worker may run server tests next.
 */
export default class ClientTestEnvironment extends JSDOMEnvironment {
  private readonly timeZone: string | undefined;
  private previousTimeZone: string | undefined;

  constructor(config: EnvironmentArguments[0], context: EnvironmentArguments[1]) {
    super(config, context);
    const option = config.projectConfig.testEnvironmentOptions.timezone;
    this.timeZone = typeof option === "string" ? option : undefined;
  }

  override async setup(): Promise<void> {
    await super.setup();
    this.global.TextEncoder ??= TextEncoder as typeof this.global.TextEncoder;
    this.global.TextDecoder ??= TextDecoder as typeof this.global.TextDecoder;
    this.global.Request ??= Request;
    this.global.Response ??= Response;
    this.global.Headers ??= Headers;
    this.global.AbortController = AbortController;
    this.global.AbortSignal = AbortSignal;
    if (this.timeZone === undefined) {
      return;
    }

    this.previousTimeZone = process.env.TZ;
    process.env.TZ = this.timeZone;
    (this.global.process as NodeJS.Process).env.TZ = this.timeZone;
  }

  override async teardown(): Promise<void> {
    if (this.timeZone !== undefined) {
      if (this.previousTimeZone === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = this.previousTimeZone;
      }
    }

    await super.teardown();
  }
}
