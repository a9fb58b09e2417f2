import { Readable } from "node:stream";
import express from "express";
import { createLogger } from "./logger";

function captureLogger(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];

  return { lines, logger: createLogger("info", { write: (line: string) => lines.push(line) }) };
}

/** Runs Express's JSON parser on a body and returns the error it raises. */
async function bodyParserError(body: string): Promise<Error> {
  const parse = express.json();
  const request = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    method: "POST",
    url: "/",
  });

  return new Promise((resolve, reject) => {
    parse(request as never, {} as never, (error?: unknown) => (error instanceof Error ? resolve(error) : reject(new Error("the body parsed"))));
  });
}

describe("logger error serializer", () => {
  it("omits the body and message of a JSON parse error", async () => {
    const { lines, logger } = captureLogger();
    const error = await bodyParserError('{"password":Secret1}');

    logger.error({ err: error }, "failed");

    expect(lines[0]).not.toContain("Secret1");
    expect(JSON.parse(lines[0]).err).toEqual({ type: "SyntaxError", reason: "entity.parse.failed", status: 400, statusCode: 400 });
  });

  it("omits statement parameters and details of a database error", () => {
    const { lines, logger } = captureLogger();
    const error = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      parameters: ["ada@example.edu"],
      detail: "Key (email)=(ada@example.edu) already exists.",
      query: "INSERT INTO staff_user ...",
    });

    logger.error({ err: error }, "failed");

    expect(lines[0]).not.toContain("ada@example.edu");
    expect(JSON.parse(lines[0]).err).toMatchObject({ type: "Error", code: "23505", message: "duplicate key value violates unique constraint" });
  });

  it("keeps the message, stack and cause of an ordinary error", () => {
    const { lines, logger } = captureLogger();
    const error = new Error("loading failed", { cause: new TypeError("socket closed") });

    logger.error({ err: error }, "failed");

    const logged = JSON.parse(lines[0]).err;
    expect(logged.message).toBe("loading failed");
    expect(logged.stack).toContain("loading failed");
    expect(logged.cause).toMatchObject({ type: "TypeError", message: "socket closed" });
  });

  it("keeps a plain object already shaped like an error", () => {
    const { lines, logger } = captureLogger();

    logger.error({ err: { type: "QueryFailedError", message: "no such table", stack: "at x" } }, "failed");

    expect(JSON.parse(lines[0]).err).toEqual({ type: "QueryFailedError", message: "no such table", stack: "at x" });
  });
});
