// Severity icons: a shape per level (octagon, triangle, circle), so severity is not told by colour alone.
import type { Severity } from '../../analyzer/types.js';

export const SEVERITY_LABEL: Record<Severity, string> = { serious: 'Serious', warning: 'Warning', info: 'Note' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  const shape =
    severity === 'serious' ? (
      <path d="M4.5 1h5L13 4.5v5L9.5 13h-5L1 9.5v-5z" fill="currentColor" />
    ) : severity === 'warning' ? (
      <path d="M7 1.2 13.2 12.5H.8z" fill="currentColor" />
    ) : (
      <circle cx="7" cy="7" r="6" fill="currentColor" />
    );
  return (
    <svg class="sev-icon" viewBox="0 0 14 14" aria-hidden="true">
      {shape}
      <path d={severity === 'info' ? 'M7 6v4.2M7 3.6v.4' : 'M7 4.2v4M7 10v.4'} stroke="#fff" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
