// Waiting on what the page shows, the same way in Playwright and Puppeteer: poll a probe from Node.

/** Runs a self-contained function in the page with one argument (page.evaluate in both libraries). */
export type Probe = <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>;

/**
 * Polls until `ok` holds. With `stable`, also until two reads in a row agree: positions read while the
 * page is still scrolling or the overlay has not redrawn yet are not returned.
 */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000, stable = false): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let previous: string | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      const json = JSON.stringify(last);
      if (ok(last) && (!stable || json === previous)) return last;
      previous = json;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${error ? `; last error: ${String(error)}` : ''}`);
}
