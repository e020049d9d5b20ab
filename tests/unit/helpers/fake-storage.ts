// In-memory storage areas that behave like the browser's where it matters to the settings store:
// values are copied as JSON, sync enforces Chrome's quotas and rejects a set() that breaks them (writing
// nothing), one set() fires one onChanged event, and the managed area can be absent (Firefox throws).
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface Quota {
  itemBytes: number;
  totalBytes: number;
  maxItems: number;
}
export const SYNC_QUOTA: Quota = { itemBytes: 8192, totalBytes: 102_400, maxItems: 512 };

const bytes = (s: string) => new TextEncoder().encode(s).length;

export class FakeArea {
  data = new Map<string, string>();
  writes = 0;
  /** Make the next set() fail, like a rate limit (MAX_WRITE_OPERATIONS_PER_MINUTE). */
  failNextSet?: string;
  constructor(
    readonly name: string,
    private readonly emit: Listener,
    readonly quota?: Quota,
  ) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.data.has(k)).map((k) => [k, JSON.parse(this.data.get(k)!)]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      const why = this.failNextSet;
      this.failNextSet = undefined;
      throw new Error(why);
    }
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (this.quota && bytes(k) + bytes(json) > this.quota.itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, json);
    }
    if (this.quota) {
      const total = [...next].reduce((s, [k, v]) => s + bytes(k) + bytes(v), 0);
      if (total > this.quota.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    }
    const changes = Object.fromEntries(Object.keys(items).map((k) => [k, { oldValue: this.parsed(k), newValue: JSON.parse(next.get(k)!) }]));
    this.data = next;
    this.writes++;
    this.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = (typeof keys === 'string' ? [keys] : keys).filter((k) => this.data.has(k));
    if (!list.length) return;
    const changes = Object.fromEntries(list.map((k) => [k, { oldValue: this.parsed(k) }]));
    for (const k of list) this.data.delete(k);
    this.emit(changes, this.name);
  }

  usedBytes(): number {
    return [...this.data].reduce((s, [k, v]) => s + bytes(k) + bytes(v), 0);
  }

  private parsed(k: string): unknown {
    const v = this.data.get(k);
    return v === undefined ? undefined : JSON.parse(v);
  }
}

/** A `browser` object with storage (sync, local, managed), onChanged and permissions, for vi.mock. */
export function fakeBrowser() {
  const listeners = new Set<Listener>();
  const emit: Listener = (changes, area) => listeners.forEach((l) => l(changes, area));
  const granted = new Set<string>();
  let managedThrows = false;
  const managed = new FakeArea('managed', emit);
  const managedProxy = {
    get: (keys?: string | string[] | null) => (managedThrows ? Promise.reject(new Error('Managed storage manifest not found')) : managed.get(keys)),
  };
  return {
    storage: {
      sync: new FakeArea('sync', emit, SYNC_QUOTA),
      local: new FakeArea('local', emit),
      managed: managedProxy,
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l), hasListeners: () => listeners.size > 0 },
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    },
    /** Test controls. */
    test: {
      listeners,
      granted,
      setPolicy: (policy: Record<string, unknown> | null) => {
        managed.data.clear();
        for (const [k, v] of Object.entries(policy ?? {})) managed.data.set(k, JSON.stringify(v));
        emit({}, 'managed');
      },
      firefoxWithoutPolicy: (v: boolean) => {
        managedThrows = v;
      },
    },
  };
}
