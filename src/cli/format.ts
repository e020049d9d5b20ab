// Human-readable report for the terminal: line:column, severity, category, message and a better wording.
import { CATEGORY_NAMES, type Report, type Severity } from '../analyzer/index.js';

const CODES = { red: 31, yellow: 33, green: 32, gray: 90, bold: 1, dim: 2, cyan: 36 } as const;
type Style = keyof typeof CODES;

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

const SEVERITY_STYLE: Record<Severity, Style> = { serious: 'red', warning: 'yellow', info: 'gray' };

export function formatReport(name: string, text: string, report: Report, color: boolean): string {
  const c = (style: Style, s: string) => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const out: string[] = [c('bold', name)];
  for (const f of report.findings) {
    const { line, col } = lineCol(text, f.start);
    const where = `${line}:${col}`.padEnd(7);
    out.push(`  ${c('dim', where)} ${c(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))} ${c('cyan', CATEGORY_NAMES[f.category])}  "${f.text}"`);
    out.push(`          ${f.message}`);
    if (f.suggestions[0]) out.push(`          ${c('green', 'try:')} ${f.suggestions[0]}`);
  }
  if (!report.findings.length) out.push(`  ${c('green', 'no problems found')}`);
  const missing = report.checklist.filter((i) => i.status === 'missing');
  const has = [...new Set(report.positives.map((p) => p.element))];
  if (has.length) out.push(`  ${c('green', 'has:')} ${has.join(', ')}`);
  for (const m of missing) out.push(`  ${c('yellow', 'missing:')} ${m.label.toLowerCase()} — ${m.hint}`);
  const verdict = report.verdict === 'send' ? c('green', 'ready to send') : c(report.score < 50 ? 'red' : 'yellow', 'revise before sending');
  out.push(`  ${c('bold', `score ${report.score}/100`)} · ${verdict}`);
  return out.join('\n') + '\n\n';
}
