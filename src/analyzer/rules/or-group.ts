// One compromise OR group from several word lists: anyOf(TROUBLE, 'job') → "(complaint|…|job)". Rules build
// groups from shared lexicons and add a few words of their own; this unwraps each list's parentheses instead of
// slicing strings at every use, and refuses anything that is not a flat group (a nested one would silently
// change what the pattern matches).
export function anyOf(...parts: string[]): string {
  const options = parts.map((part) => {
    const inner = part.startsWith('(') && part.endsWith(')') ? part.slice(1, -1) : part;
    if (/[()]/.test(inner)) throw new Error(`anyOf: not a flat word group: ${part}`);
    return inner;
  });
  return `(${options.join('|')})`;
}
