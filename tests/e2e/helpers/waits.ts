// Waiting on what the page shows, the same way in Playwright and Puppeteer: poll a probe from Node.

/** Runs a self-contained function in the page with one argument (page.evaluate in both libraries). */
export type Probe = <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>;

export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${error ? `; last error: ${String(error)}` : ''}`);
}
