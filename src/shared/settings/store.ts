// Personal settings in storage.sync, split into items under the per-item quota, with a size-aware fallback
// to storage.local: a rule set too large for sync (or a sync write the browser refuses) is kept locally,
// transparently to callers. Both areas carry `savedAt`, so the newest copy wins whichever write failed.
//
// storage.sync quotas (Chrome; Firefox is alike): 8 KB per item (key + JSON value), 100 KB in all, 512 items,
// 120 writes a minute. All chunks and the meta item go in ONE set() call: one write, one onChanged event,
// so a reader never sees half a new rule set.
import type { PersonalSettings } from './types.js';

/** The part of a browser StorageArea the store uses (so tests can give it an in-memory one). */
export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const META_KEY = 'settings';
export const CHUNK_PREFIX = 'settings.';
export const LOCAL_KEY = 'settings.local';
const chunkKey = (i: number) => `${CHUNK_PREFIX}${i}`;

export const SYNC_LIMITS = {
  itemBytes: 8192,
  /** Our share of the 100 KB sync quota: other parts of the extension may keep small items there too. */
  budgetBytes: 80 * 1024,
};

interface SyncMeta {
  v: 1;
  /** Where the newest copy is. */
  area: 'sync' | 'local';
  /** Number of chunks (area sync). */
  n: number;
  /** Length of the JSON text, to tell a complete set of chunks from a half-synced one. */
  length: number;
  savedAt: number;
}
interface LocalEntry {
  v: 1;
  savedAt: number;
  json: string;
}

export type StoredIn = 'sync' | 'local' | 'none';

export interface ReadResult {
  settings: unknown;
  storedIn: StoredIn;
  /** The sync chunks did not add up (another device's write still arriving): keep what you had. */
  incomplete?: boolean;
}

const encoder = new TextEncoder();
/** What the browser counts for an item: its key plus its value as JSON, in bytes. */
export const itemBytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** Split JSON text into strings that each fit in one sync item under `key` (escapes included). */
export function splitForSync(json: string, keyFor: (i: number) => string = chunkKey, limit = SYNC_LIMITS.itemBytes): string[] {
  const chunks: string[] = [];
  let pos = 0;
  while (pos < json.length) {
    const budget = limit - itemBytes(keyFor(chunks.length), '') - 16;
    let len = Math.min(json.length - pos, budget);
    for (;;) {
      // Never cut a surrogate pair: each half would be stored as a \\u escape and the pair lost.
      if (pos + len < json.length && isHighSurrogate(json.charCodeAt(pos + len - 1))) len--;
      const piece = json.slice(pos, pos + len);
      const bytes = itemBytes(keyFor(chunks.length), piece);
      if (bytes <= limit - 16) break;
      len = Math.max(1, Math.floor(len * Math.min(0.95, (limit - 16) / bytes)));
    }
    chunks.push(json.slice(pos, pos + len));
    pos += len;
  }
  return chunks;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export async function writePersonal(sync: Area, local: Area, settings: PersonalSettings, now = Date.now()): Promise<'sync' | 'local'> {
  const json = JSON.stringify(settings);
  const chunks = splitForSync(json);
  const items: Record<string, unknown> = Object.fromEntries(chunks.map((c, i) => [chunkKey(i), c]));
  const meta: SyncMeta = { v: 1, area: 'sync', n: chunks.length, length: json.length, savedAt: now };
  const total = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), itemBytes(META_KEY, meta));
  const previous = await syncChunkCount(sync);

  if (total <= SYNC_LIMITS.budgetBytes) {
    try {
      await sync.set({ ...items, [META_KEY]: meta });
      await bestEffort(() => sync.remove(staleChunks(previous, chunks.length)));
      await bestEffort(() => local.remove(LOCAL_KEY));
      return 'sync';
    } catch {
      // Quota or rate limit: keep it locally instead (below). The user loses nothing, only syncing.
    }
  }
  const entry: LocalEntry = { v: 1, savedAt: now, json };
  await local.set({ [LOCAL_KEY]: entry });
  // Tell other readers (and this browser's other devices) that the newest copy is local.
  const pointer: SyncMeta = { v: 1, area: 'local', n: 0, length: json.length, savedAt: now };
  await bestEffort(() => sync.set({ [META_KEY]: pointer }));
  await bestEffort(() => sync.remove(staleChunks(previous, 0)));
  return 'local';
}

export async function readPersonal(sync: Area, local: Area): Promise<ReadResult> {
  const [s, l] = await Promise.all([sync.get(null).catch(() => ({}) as Record<string, unknown>), local.get(LOCAL_KEY).catch(() => ({}) as Record<string, unknown>)]);
  const meta = asMeta(s[META_KEY]);
  const entry = asLocal(l[LOCAL_KEY]);
  const fromLocal = (): ReadResult | null => {
    const settings = entry ? parse(entry.json) : undefined;
    return settings === undefined ? null : { settings, storedIn: 'local' };
  };
  if (meta?.area === 'sync' && (!entry || meta.savedAt >= entry.savedAt)) {
    const parts = Array.from({ length: meta.n }, (_, i) => s[chunkKey(i)]);
    const json = parts.every((p) => typeof p === 'string') ? parts.join('') : '';
    const settings = json.length === meta.length ? parse(json) : undefined;
    if (settings !== undefined) return { settings, storedIn: 'sync' };
    return fromLocal() ?? { settings: null, storedIn: 'none', incomplete: true };
  }
  return fromLocal() ?? { settings: null, storedIn: 'none', ...(meta?.area === 'local' ? { incomplete: true } : {}) };
}

/** Remove every personal setting from both areas (reset to defaults). */
export async function clearPersonal(sync: Area, local: Area): Promise<void> {
  const n = await syncChunkCount(sync);
  await sync.remove([META_KEY, ...staleChunks(n, 0)]);
  await local.remove(LOCAL_KEY);
}

/** Whether a storage change concerns the personal settings. */
export function isSettingsKey(key: string): boolean {
  return key === META_KEY || key.startsWith(CHUNK_PREFIX);
}

async function syncChunkCount(sync: Area): Promise<number> {
  const all = await sync.get(null).catch(() => ({}) as Record<string, unknown>);
  return Object.keys(all).filter((k) => /^settings\.\d+$/.test(k)).length;
}

function staleChunks(previous: number, now: number): string[] {
  return Array.from({ length: Math.max(0, previous - now) }, (_, i) => chunkKey(now + i));
}

async function bestEffort(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch {
    // Tidying only: a leftover item is harmless (the meta item says what counts).
  }
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function asMeta(v: unknown): SyncMeta | null {
  const m = v as SyncMeta | undefined;
  return m && m.v === 1 && (m.area === 'sync' || m.area === 'local') && Number.isInteger(m.n) && typeof m.savedAt === 'number' ? m : null;
}

function asLocal(v: unknown): LocalEntry | null {
  const e = v as LocalEntry | undefined;
  return e && e.v === 1 && typeof e.json === 'string' && typeof e.savedAt === 'number' ? e : null;
}
