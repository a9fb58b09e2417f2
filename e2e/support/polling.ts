/**
 * Reads a value again until `accept` holds, because the dashboard updates the page after a request
 * returns. Returns the last value read, so the test's assertion on it shows that value after a timeout.
 */
export async function readUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }

  return value;
}
