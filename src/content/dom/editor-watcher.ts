// Finds compose editors as they appear (lazily inserted dialogs, re-rendered replies, editors written into
// same-origin frames) and releases them when they go. Event-driven: a MutationObserver per document and
// focus events; nothing runs while the page is idle.
import type { SiteAdapter } from '../adapters/types.js';
import { hostElement } from '../adapters/types.js';

export interface WatcherCallbacks {
  attach(editor: HTMLElement): void;
  release(editor: HTMLElement): void;
  /** The page's layout may have shifted (not typing inside an editor). */
  pageChanged(): void;
}

export class EditorWatcher {
  private readonly editors = new Set<HTMLElement>();
  private readonly frames = new WeakSet<HTMLIFrameElement>();
  private readonly observedDocs = new WeakSet<Document>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly callbacks: WatcherCallbacks,
    private readonly signal: AbortSignal,
  ) {}

  start(): void {
    this.observe(document);
    this.scan(document);
    // Fields that were invisible when they were inserted (a closed <details>) are picked up on focus.
    window.addEventListener('focusin', (e) => this.focused(e), { capture: true, signal: this.signal });
  }

  private focused(e: FocusEvent): void {
    const target = e.target;
    if (target instanceof HTMLElement && target.matches(this.adapter.editorSelector)) this.consider(target);
  }

  private observe(doc: Document): void {
    if (this.observedDocs.has(doc)) return;
    this.observedDocs.add(doc);
    const observer = new MutationObserver((mutations) => this.mutated(doc, mutations));
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  private insideEditor(node: Node): boolean {
    for (const editor of this.editors) if (editor.contains(node)) return true;
    return false;
  }

  private mutated(doc: Document, mutations: MutationRecord[]): void {
    let removed = false;
    let outside = false;
    for (const m of mutations) {
      if (m.type === 'attributes') {
        const el = m.target as HTMLElement;
        if (this.editors.has(el)) {
          if (!el.isContentEditable) this.release(el);
        } else if (!this.insideEditor(el)) this.scan(el);
        continue;
      }
      // Typing inside a coached editor is the session's business, not the watcher's.
      if (this.insideEditor(m.target)) continue;
      outside = true;
      if (m.removedNodes.length) removed = true;
      for (const node of m.addedNodes) if (node.nodeType === 1) this.scan(node as Element);
    }
    if (removed) this.sweep();
    if (outside && doc === document) this.callbacks.pageChanged();
  }

  /** Looks for editors (and editor frames) at and under `root`. */
  private scan(root: Document | Element): void {
    const { editorSelector, frameSelector } = this.adapter;
    if (root instanceof Element && root.matches(editorSelector)) this.consider(root as HTMLElement);
    for (const el of root.querySelectorAll<HTMLElement>(editorSelector)) this.consider(el);
    if (!frameSelector) return;
    if (root instanceof HTMLIFrameElement && root.matches(frameSelector)) this.watchFrame(root);
    for (const frame of root.querySelectorAll<HTMLIFrameElement>(frameSelector)) this.watchFrame(frame);
  }

  private consider(el: HTMLElement): void {
    if (this.editors.has(el) || this.signal.aborted) return;
    if (!(el instanceof HTMLTextAreaElement) && (!el.isContentEditable || el.parentElement?.isContentEditable)) return;
    if (this.adapter.accepts && !this.adapter.accepts(el)) return;
    this.editors.add(el);
    this.callbacks.attach(el);
  }

  private release(el: HTMLElement): void {
    if (this.editors.delete(el)) this.callbacks.release(el);
  }

  /** Releases editors that left the page (or whose frame did). */
  private sweep(): void {
    for (const editor of [...this.editors]) {
      if (!editor.isConnected || !hostElement(editor).isConnected) this.release(editor);
    }
  }

  /** A same-origin editor frame: its document is written after insertion, maybe more than once. */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    const hook = () => {
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        return; // cross-origin: not ours to read
      }
      if (!doc) return;
      this.observe(doc);
      this.scan(doc);
    };
    frame.addEventListener('load', hook, { signal: this.signal });
    hook();
  }
}
