import { TextDecoder, TextEncoder } from "node:util";

import JSDOMEnvironment from "jest-environment-jsdom";

type EnvironmentArguments = ConstructorParameters<typeof JSDOMEnvironment>;

/**
 * The jsdom environment with two additions the client tests need:
 *
 * - `TextEncoder` and `TextDecoder`, which jsdom lacks and react-router reads on import.
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
