// Small stroke icons (inline SVG). Decorative: every use has words next to it or an aria-label on its button.
import type { ComponentChildren } from 'preact';

const Svg = ({ children }: { children: ComponentChildren }) => (
  <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const CheckIcon = () => <Svg><path d="M5 12.5l4.5 4.5L19 7.5" /></Svg>;
export const MissingIcon = () => <Svg><circle cx="12" cy="12" r="8.5" /><path d="M12 8v5M12 16h.01" /></Svg>;
export const OptionalIcon = () => <Svg><circle cx="12" cy="12" r="8.5" stroke-dasharray="3 3" /></Svg>;
export const CopyIcon = () => <Svg><rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" /></Svg>;
export const InsertIcon = () => <Svg><path d="M12 5v14M5 12h14" /></Svg>;
export const WandIcon = () => <Svg><path d="M4 20L16 8M14 6l4 4" /><path d="M18 3v3M16.5 4.5h3M20 11v2M19 12h2M10 3v2M9 4h2" /></Svg>;
export const GearIcon = () => <Svg><circle cx="12" cy="12" r="3" /><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" /></Svg>;
export const RefreshIcon = () => <Svg><path d="M20 11a8 8 0 0 0-14.6-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.6 4.5L20 16M20 20v-4h-4" /></Svg>;
export const PinIcon = () => <Svg><path d="M9 4h6l-1 6 3 3H7l3-3-1-6zM12 13v7" /></Svg>;
export const EyeIcon = () => <Svg><path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" /></Svg>;

/** The Tactful mark: a speech bubble with a check — calm, not alarm. */
export const Logo = () => (
  <svg class="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect x="2" y="3" width="28" height="22" rx="7" fill="var(--accent)" />
    <path d="M9 25l-1 5 6-5z" fill="var(--accent)" />
    <path d="M10 14.5l4 4 8-8" fill="none" stroke="var(--accent-ink)" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);
