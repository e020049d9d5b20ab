// The settings snapshot the whole page renders from, kept fresh: a change made here, in another tab, on
// another device (sync) or by a policy update re-renders the page.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type SettingsSnapshot } from '../shared/settings.js';

// The options page shows which of the organisation's rule examples fail, so it runs them.
const OPTIONS = { managedExamples: 'warning' } as const;

export function useSettings(): { snapshot: SettingsSnapshot | null; loadError: string | null } {
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    loadSettings(OPTIONS).then(
      (s) => !ac.signal.aborted && setSnapshot(s),
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
    watchSettings(setSnapshot, ac.signal, OPTIONS);
    return () => ac.abort();
  }, []);
  return { snapshot, loadError };
}
