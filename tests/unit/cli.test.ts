// The real `tactful` binary, as a user runs it after `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/tactful.mjs');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

let dir: string;
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
});

const GOOD =
  "Hi Karen,\n\nI'm sorry we charged you twice, and I understand how frustrating that is with rent due this week. " +
  "I refunded the extra $240 this morning, and I'll email you the confirmation by 3 pm today.\n\nBest wishes,\nTom\n";

describe('tactful check', () => {
  it('reports findings with line:column, category, message and a suggestion; exit 1 on revise', () => {
    const r = run(['check', 'examples/defensive-reply.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/5:1\s+serious\s+Blaming the client\s+"You should have checked"/);
    expect(r.stdout).toContain('try:');
    expect(r.stdout).toMatch(/score \d+\/100 · revise before sending/);
    expect(r.stdout).not.toContain('\u001b['); // no colour when not a TTY
  });

  it('exits 0 when every draft is ready to send', () => {
    const f = join(dir, 'good.txt');
    writeFileSync(f, GOOD);
    const r = run(['check', f]);
    expect(r.stdout).toContain('ready to send');
    expect(r.status).toBe(0);
  });

  it('reads standard input with -', () => {
    const r = run(['check', '-'], "It's not our fault.");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toContain('Defensiveness');
  });

  it('--json prints the Report', () => {
    const r = run(['check', '--json', 'examples/defensive-reply.txt']);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('revise');
    expect(report.findings[0]).toMatchObject({ category: 'blame-client', severity: 'serious' });
    expect(typeof report.score).toBe('number');
  });

  it('--jsonl answers one line per input, in order, with the id', () => {
    const lines = [
      { id: 'a', text: "It's not our fault." },
      { id: 2, text: GOOD, context: 'You charged me twice!' },
      { id: 'c', text: 'Please calm down.' },
    ];
    const r = run(['check', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    expect(out[1].verdict).toBe('send');
    expect(out[1].context.complaints).toContain('billing');
    expect(r.status).toBe(1);
  });

  it('exit 2 with a clear message on usage and IO errors', () => {
    const missing = run(['check', 'no/such/file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read no/such/file.txt: no such file.');
    expect(run([]).status).toBe(2);
    expect(run(['check']).stderr).toContain('No files to check');
    expect(run(['check', '--frobnicate', 'x']).stderr).toContain('Unknown option --frobnicate');
    const badJsonl = run(['check', '--jsonl'], '{"id": 1, "text": 5}\n');
    expect(badJsonl.status).toBe(2);
    expect(badJsonl.stderr).toContain('stdin line 1: "text" must be a string');
  });

  it('--rules adds team rules; an invalid file is rejected naming the rule and field (exit 2)', () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        version: 1,
        name: 'Acme',
        rules: [
          {
            id: 'acme/no-unfortunately',
            category: 'dismissive',
            severity: 'warning',
            phrases: ['unfortunately'],
            message: 'Lead with what you can do, not with what you cannot.',
            suggestions: ['Here is what I can do:'],
            examples: { flag: ['Unfortunately the item is out of stock.'], pass: ['The item is out of stock until Friday.'] },
          },
        ],
      }),
    );
    const ok = run(['check', '--json', '--rules', rules, '-'], 'Unfortunately the item is out of stock.');
    expect(JSON.parse(ok.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('acme/no-unfortunately');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, name: 'Acme', rules: [{ id: 'acme/x', category: 'dismissive', severity: 'loud', match: ['(a|b'], message: 'm', suggestions: [], examples: { flag: ['a'], pass: [] } }] }, null, 2));
    const r = run(['check', '--rules', bad, 'examples/good-reply.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rules[0].severity');
    expect(r.stderr).toMatch(/rules\[0\]\.match\[0\]: pattern unbalanced "\(" at column 1/);
    expect(r.stderr).toMatch(/line \d+:/);

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ "version": 1, ');
    expect(run(['check', '--rules', notJson, 'examples/good-reply.txt']).stderr).toContain('Not valid JSON');
  });
});
