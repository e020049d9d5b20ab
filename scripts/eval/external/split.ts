// Deterministic tune/test split for datasets that ship without one. The key (an id, or the text itself
// when there is no id) is hashed with 32-bit FNV-1a, so an item always lands in the same part on every
// machine and run, and duplicate texts never straddle the two parts.

export type Split = 'tune' | 'test';

export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Half the items go to test. Salted so this split is independent of any other use of the same hash. */
export function hashSplit(key: string, testShare = 0.5): Split {
  return fnv1a(`tactful-eval:${key}`) / 0x1_0000_0000 < testShare ? 'test' : 'tune';
}
