// `tactful check --rules` compiles the team's rules once: validating the file runs the rules' examples with
// a compiled analyzer, and the check itself reuses that analyzer (compiling the full rule set is the
// slowest step of a CLI run).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/analyzer/analyzer.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analyzer/analyzer.js')>();
  return {
    ...real,
    createAnalyzer: (...args: Parameters<typeof real.createAnalyzer>) => {
      compiled.count++;
      return real.createAnalyzer(...args);
    },
  };
});

const { main } = await import('../../src/cli/tactful.js');

const RULES = resolve(import.meta.dirname, '../../examples/team-rules.json');

afterEach(() => vi.restoreAllMocks());

describe('tactful check --rules', () => {
  it('compiles the team rules once, for validation and the check alike, and applies them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-compile-'));
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'Unfortunately the jacket is out of stock.');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));

    compiled.count = 0;
    const code = await main(['check', '--json', '--rules', RULES, draft]);
    expect(code).toBe(1);
    expect(JSON.parse(out.join('')).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('acme/no-unfortunately');
    expect(compiled.count).toBe(1);
  });
});
