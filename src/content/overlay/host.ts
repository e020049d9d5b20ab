// The <tactful-overlay> element: one per page, appended to <html> (outside the page's <body> tree that
// frameworks re-render), with an open shadow root holding every piece of Tactful UI. Open so tests and
// assistive tech can see in; isolated so page CSS cannot restyle it and its CSS cannot touch the page.
import css from './overlay.css?inline';

export const HOST_TAG = 'tactful-overlay';

/** Events that must not reach the page from inside the overlay (webmail keyboard shortcuts, click handlers). */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'paste', 'copy', 'cut'];

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLElement;
  /** Puts the host back if the page removed it. */
  ensureAttached(): void;
}

export function createOverlayHost(signal: AbortSignal): OverlayHost {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  mount.className = 'root';
  shadow.append(style, mount);
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation(), { signal });
  const ensureAttached = () => {
    if (!host.isConnected && !signal.aborted) document.documentElement.append(host);
  };
  ensureAttached();
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, mount, ensureAttached };
}
