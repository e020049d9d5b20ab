// Plain text of a read-only page region (the client's incoming message), with quoted history removed.
import { buildTextMap } from './text-map.js';

const MAX_CONTEXT_CHARS = 20_000;

export function plainText(root: Element | null | undefined, exclude: string): string | undefined {
  if (!root) return undefined;
  const text = buildTextMap(root, exclude).text.replace(/\n{3,}/g, '\n\n').trim();
  return text ? text.slice(0, MAX_CONTEXT_CHARS) : undefined;
}
