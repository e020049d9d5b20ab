// Small stroke icons (inline SVG, decorative: every use has words next to it).
import type { JSX } from 'preact';

const Svg = ({ children }: { children: JSX.Element | JSX.Element[] }) => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const LockIcon = () => <Svg><rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /></Svg>;
export const CheckIcon = () => <Svg><path d="M5 12.5l4.5 4.5L19 7.5" /></Svg>;
export const CrossIcon = () => <Svg><path d="M6 6l12 12M18 6L6 18" /></Svg>;
export const CircleIcon = () => <Svg><circle cx="12" cy="12" r="8" /></Svg>;
export const AlertIcon = () => <Svg><path d="M12 3l10 18H2L12 3z" /><path d="M12 10v5M12 18h.01" /></Svg>;
export const InfoIcon = () => <Svg><circle cx="12" cy="12" r="9" /><path d="M12 11v6M12 7.5h.01" /></Svg>;
export const ListIcon = () => <Svg><path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" /></Svg>;
export const UsersIcon = () => <Svg><circle cx="9" cy="8" r="3.5" /><path d="M2.5 20a6.5 6.5 0 0 1 13 0" /><path d="M16 4.6a3.5 3.5 0 0 1 0 6.8M18 14.5a6.5 6.5 0 0 1 3.5 5.5" /></Svg>;
export const ChecklistIcon = () => <Svg><path d="M4 6l1.5 1.5L8 5M4 12l1.5 1.5L8 11M4 18l1.5 1.5L8 17M11 6h9M11 12h9M11 18h9" /></Svg>;
export const GlobeIcon = () => <Svg><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" /></Svg>;
export const BeakerIcon = () => <Svg><path d="M9 3h6M10 3v6l-5.5 9.5A2 2 0 0 0 6.2 21h11.6a2 2 0 0 0 1.7-2.5L14 9V3" /><path d="M7.5 15h9" /></Svg>;
export const ArrowsIcon = () => <Svg><path d="M7 4v13M3.5 13.5L7 17l3.5-3.5M17 20V7M13.5 10.5L17 7l3.5 3.5" /></Svg>;
export const PlusIcon = () => <Svg><path d="M12 5v14M5 12h14" /></Svg>;
export const TrashIcon = () => <Svg><path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></Svg>;
export const EditIcon = () => <Svg><path d="M4 20h4L19 9l-4-4L4 16v4z" /><path d="M13.5 6.5l4 4" /></Svg>;
export const DownloadIcon = () => <Svg><path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" /></Svg>;
export const UploadIcon = () => <Svg><path d="M12 20V9M7 13.5l5-5 5 5M5 4h14" /></Svg>;
export const ResetIcon = () => <Svg><path d="M4 12a8 8 0 1 0 2.5-5.8" /><path d="M4 4v5h5" /></Svg>;
