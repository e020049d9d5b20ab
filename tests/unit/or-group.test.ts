import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/analyzer/rules/or-group.js';

describe('anyOf', () => {
  it('joins word groups and single words into one flat group', () => {
    expect(anyOf('(late|slow)', 'let down', '(lost)')).toBe('(late|slow|let down|lost)');
  });
  it('refuses a nested or unbalanced group, which would change what a pattern matches', () => {
    expect(() => anyOf('(late|(very|so) slow)')).toThrow(/not a flat word group/);
    expect(() => anyOf('late)')).toThrow(/not a flat word group/);
  });
});
