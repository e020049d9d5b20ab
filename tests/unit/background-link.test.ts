// The content script's port to the background: it wakes the worker when someone turns to an editor (so the
// analyzer loads while they type) and keeps it up while they write, within Chrome's rules: a message every
// 20 s (its idle timeout is 30 s) only while an editor has focus and was typed in lately; then it lets go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COACH_PORT } from '../../src/shared/messages.js';
import { BackgroundLink, KEEPALIVE_MS, WRITING_MS } from '../../src/content/session/link.js';

class FakePort {
  sent: unknown[] = [];
  disconnected = false;
  private readonly listeners: Array<() => void> = [];
  readonly onDisconnect = { addListener: (l: () => void) => this.listeners.push(l) };
  postMessage(m: unknown) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(m);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The worker stopped (or the extension reloaded). */
  drop() {
    this.disconnected = true;
    for (const l of this.listeners) l();
  }
}

let ports: FakePort[];
let stop: AbortController;
let link: BackgroundLink;
beforeEach(() => {
  vi.useFakeTimers();
  ports = [];
  stop = new AbortController();
  link = new BackgroundLink(
    (name) => {
      expect(name).toBe(COACH_PORT);
      const p = new FakePort();
      ports.push(p);
      return p as never;
    },
    stop.signal,
  );
});
afterEach(() => vi.useRealTimers());

const open = () => ports.filter((p) => !p.disconnected);
const beats = () => ports.reduce((n, p) => n + p.sent.length, 0);

describe('BackgroundLink', () => {
  it('focusing an editor wakes the background at once (opens the port), once', () => {
    link.activity('focus');
    link.activity('input');
    link.activity('input');
    expect(ports).toHaveLength(1);
    expect(open()).toHaveLength(1);
  });

  it('keeps the worker up while the user writes: a message every 20 s, under the 30 s idle timeout', () => {
    link.activity('focus');
    for (let t = 0; t < 60_000; t += 10_000) {
      link.activity('input');
      vi.advanceTimersByTime(10_000);
    }
    expect(beats()).toBe(60_000 / KEEPALIVE_MS);
    expect(KEEPALIVE_MS).toBeLessThan(30_000);
  });

  it('lets the worker go once typing stopped for a while, or the editor lost focus', () => {
    link.activity('input');
    vi.advanceTimersByTime(WRITING_MS + KEEPALIVE_MS);
    expect(open()).toHaveLength(0);
    const sent = beats();
    vi.advanceTimersByTime(10 * KEEPALIVE_MS);
    expect(beats()).toBe(sent); // no more messages

    link.activity('input'); // back to writing: wakes it again
    expect(open()).toHaveLength(1);
    link.blurred();
    vi.advanceTimersByTime(KEEPALIVE_MS);
    expect(open()).toHaveLength(0);
  });

  it('reconnects after the worker stopped under it, on the next keystroke', () => {
    link.activity('input');
    ports[0]!.drop();
    link.activity('input');
    expect(ports).toHaveLength(2);
    vi.advanceTimersByTime(KEEPALIVE_MS);
    expect(ports[1]!.sent).toEqual([{ type: 'keepalive' }]);
  });

  it('closes with its page (AbortSignal) and does nothing after', () => {
    link.activity('input');
    stop.abort();
    expect(open()).toHaveLength(0);
    link.activity('input');
    vi.advanceTimersByTime(3 * KEEPALIVE_MS);
    expect(ports).toHaveLength(1);
  });

  it('an orphaned content script (extension reloaded) does not throw', () => {
    const orphan = new BackgroundLink(() => {
      throw new Error('Extension context invalidated.');
    }, new AbortController().signal);
    expect(() => orphan.activity('input')).not.toThrow();
    expect(() => vi.advanceTimersByTime(KEEPALIVE_MS)).not.toThrow();
  });
});
