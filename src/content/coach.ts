// The content script's running state on one page: an editor watcher, a session per editor (each on its
// own AbortSignal, child of the coach's), and the overlay that draws them. Created only when the page has
// an editor, so a webmail tab without a compose window costs almost nothing.
import type { SiteAdapter } from './adapters/types.js';
import { EditorWatcher } from './dom/editor-watcher.js';
import { PlainSurface, RichSurface, type Surface } from './dom/surface.js';
import { Overlay, type OverlayActions } from './overlay/overlay.js';
import type { Analyze } from './session/background.js';
import { EditorSession } from './session/editor-session.js';
import type { BackgroundLink } from './session/link.js';

export class Coach {
  private overlay: Overlay | undefined;
  private readonly sessions = new Map<HTMLElement, { session: EditorSession; stop: AbortController }>();
  private nextId = 1;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly analyze: Analyze,
    private readonly actions: OverlayActions,
    private readonly signal: AbortSignal,
    private readonly link: BackgroundLink,
  ) {
    new EditorWatcher(adapter, { attach: (e) => this.attach(e), release: (e) => this.release(e), pageChanged: () => this.overlay?.pageChanged() }, signal).start();
  }

  private attach(editor: HTMLElement): void {
    const overlay = (this.overlay ??= new Overlay(this.signal, this.actions));
    const stop = new AbortController();
    const signal = AbortSignal.any([this.signal, stop.signal]);
    const surface: Surface =
      editor instanceof HTMLTextAreaElement ? new PlainSurface(editor, overlay.shadow) : new RichSurface(editor, this.adapter.excludeSelector);
    const session = new EditorSession({
      id: `${this.adapter.site}-${this.nextId++}`,
      adapter: this.adapter,
      surface,
      host: overlay,
      analyze: this.analyze,
      link: this.link,
      signal,
    });
    this.sessions.set(editor, { session, stop });
    overlay.add(session);
    void session.analyse();
  }

  private release(editor: HTMLElement): void {
    const entry = this.sessions.get(editor);
    this.sessions.delete(editor);
    entry?.stop.abort();
  }

  /** Every coached editor, the most recently focused first. */
  all(): EditorSession[] {
    return [...this.sessions.values()].map((e) => e.session).sort((a, b) => b.focusedAt - a.focusedAt);
  }

  find(id: string): EditorSession | undefined {
    return this.all().find((s) => s.id === id);
  }

  /** Settings changed (a rule turned off, team rules): analyse every draft again. */
  reanalyseAll(): void {
    this.overlay?.settingsChanged();
    for (const session of this.all()) session.invalidate();
  }
}
