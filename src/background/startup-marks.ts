// Where a cold start's time goes: marks on the background's own timeline (its start is 0), readable in
// DevTools (Performance, or performance.getEntriesByType('mark') in the worker's console) and by the
// cold-start measurement (tests/e2e/cold-start.test.ts). Each is set once per start.
export type StartupMark = 'evaluated' | 'settings-read' | 'compiled' | 'warmed' | 'first-analysis';

export function markStartup(name: StartupMark): void {
  const full = `tactful:${name}`;
  if (performance.getEntriesByName(full, 'mark').length === 0) performance.mark(full);
}
