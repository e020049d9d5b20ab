// A port to the background while someone writes. Opening it wakes the background's service worker, so the
// analyzer is loading while the user focuses the editor and types, before the first analysis is asked for.
// A message on it every 20 s keeps the worker from stopping (Chrome stops an idle extension worker after
// 30 s, and restarting it means loading compromise and compiling the rules again, about a second), but only
// while a coached editor has focus and has been typed in lately: when the user stops writing, the port is
// closed and the worker is let go, as Chrome intends.
import type { Runtime } from 'webextension-polyfill';
import { COACH_PORT } from '../../shared/messages.js';

/** Under Chrome's 30 s idle timeout for extension service workers. */
export const KEEPALIVE_MS = 20_000;
/** Typed in this recently: still writing. */
export const WRITING_MS = 90_000;

export type Connect = (name: string) => Runtime.Port;

export class BackgroundLink {
  private port: Runtime.Port | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastInput = Number.NEGATIVE_INFINITY;
  private focused = false;

  constructor(
    private readonly connect: Connect,
    private readonly signal: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /** A coached editor got focus, or the user typed in it. */
  activity(kind: 'focus' | 'input'): void {
    if (this.signal.aborted) return;
    this.focused = true;
    if (kind === 'input') this.lastInput = this.now();
    this.open();
    this.timer ??= setInterval(() => this.beat(), KEEPALIVE_MS);
  }

  /** The editor lost focus: no more keeping the worker up for it. */
  blurred(): void {
    this.focused = false;
  }

  private beat(): void {
    if (!this.focused || this.now() - this.lastInput > WRITING_MS) return this.close();
    this.open()?.postMessage({ type: 'keepalive' });
  }

  private open(): Runtime.Port | undefined {
    if (this.port) return this.port;
    try {
      const port = this.connect(COACH_PORT);
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = undefined; // the worker stopped, or the extension was reloaded
      });
      this.port = port;
    } catch {
      // The extension was updated or removed: nothing to wake.
    }
    return this.port;
  }

  private close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.port?.disconnect();
    this.port = undefined;
  }
}
