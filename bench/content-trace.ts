// Chrome tracing for the content-script benchmark: record a trace around some page activity, find the
// page's renderer main thread, and sum the main-thread work (top-level tasks) in time windows.
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; type?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

/** Records a trace (whole browser) while `activity` runs. */
export async function traceWhile(context: BrowserContext, page: Page, activity: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' } as never);
  try {
    await activity();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

export interface Thread {
  pid: number;
  tid: number;
}

/** The renderer main thread that ran the page (the one that dispatched its input or parsed its HTML). */
export function pageMainThread(events: TraceEvent[], marker: (e: TraceEvent) => boolean): Thread {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const hit = events.find((e) => mains.has(`${e.pid}:${e.tid}`) && marker(e));
  if (!hit) throw new Error('page main thread not found in the trace');
  return { pid: hit.pid, tid: hit.tid };
}

export interface Task {
  start: number;
  end: number;
  /** Thread (CPU) time of the task, µs. */
  cpu: number;
}

/** Top-level tasks of a thread: every piece of main-thread work, page's and extension's alike. */
export function tasks(events: TraceEvent[], thread: Thread): Task[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 }))
    .sort((a, b) => a.start - b.start);
}

/** Main-thread time in [from, to): wall-clock busy time and CPU time, in ms (tasks clipped to the window). */
export function busy(all: Task[], from: number, to: number): { wall: number; cpu: number } {
  let wall = 0;
  let cpu = 0;
  for (const t of all) {
    if (t.end <= from || t.start >= to) continue;
    const overlap = Math.min(t.end, to) - Math.max(t.start, from);
    const length = t.end - t.start || 1;
    wall += overlap;
    cpu += t.cpu * (overlap / length);
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/** Start times of keydown dispatches on the page's main thread. */
export function keydowns(events: TraceEvent[], thread: Thread): number[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/** The content script's own evaluation (compile + run of the bundle), attributed by its URL. */
export function contentScriptEvaluation(events: TraceEvent[], thread: Thread): { wall: number; cpu: number } {
  const evals = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  return { wall: evals.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000, cpu: evals.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000 };
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
