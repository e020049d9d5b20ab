// tactful check [--json] [--rules FILE.json] [--context FILE] FILE... | -
// tactful check --jsonl < lines.jsonl
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createAnalyzer, type Analyzer, type Report } from '../analyzer/index.js';
import { analyzerFor, formatValidationErrors, teamConfig, validateTeamFileText } from '../analyzer/team-rules.js';
import { formatReport } from './format.js';

const USAGE = `Usage:
  tactful check [options] FILE...     check reply drafts (use - for standard input)
  tactful check --jsonl               read {"id", "text", "context"?} lines from stdin, write one report per line

Options:
  --json              print the report as JSON
  --jsonl             batch mode (see above)
  --rules FILE.json   add team rules (a team rule file, or an array of rules)
  --context FILE      the client's message the draft replies to (tailors the checklist)
  --no-color          plain output even on a terminal
  -h, --help          show this help
  -v, --version       print the version

Exit codes: 0 every draft is ready to send, 1 at least one needs revising, 2 usage or input error.`;

class UsageError extends Error {}

interface Options {
  json: boolean;
  jsonl: boolean;
  rules?: string;
  context?: string;
  color: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const opts: Options = { json: false, jsonl: false, color: !!process.stdout.isTTY && !process.env.NO_COLOR, files: [] };
  const [cmd, ...rest] = argv;
  if (cmd === '-h' || cmd === '--help' || cmd === 'help') return 'help';
  if (cmd === '-v' || cmd === '--version') return 'version';
  if (cmd !== 'check') throw new UsageError(cmd ? `Unknown command "${cmd}".` : 'Missing command.');
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--jsonl') opts.jsonl = true;
    else if (a === '--rules') opts.rules = value();
    else if (a.startsWith('--rules=')) opts.rules = a.slice(8);
    else if (a === '--context') opts.context = value();
    else if (a.startsWith('--context=')) opts.context = a.slice(10);
    else if (a === '--no-color') opts.color = false;
    else if (a === '--color') opts.color = true;
    else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else opts.files.push(a);
  }
  if (opts.jsonl && opts.files.length) throw new UsageError('--jsonl reads from standard input; do not pass files.');
  if (!opts.jsonl && !opts.files.length) throw new UsageError('No files to check.');
  if (opts.files.filter((f) => f === '-').length > 1) throw new UsageError('Standard input (-) can only be read once.');
  return opts;
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`Cannot read ${file === '-' ? 'standard input' : file}: ${why}.`);
  }
}

function loadAnalyzer(rulesFile: string | undefined): Analyzer {
  if (!rulesFile) return createAnalyzer();
  const result = validateTeamFileText(readInput(rulesFile));
  if (!result.ok) throw new UsageError(`Invalid rules file ${rulesFile}:\n${formatValidationErrors(result.errors)}`);
  // Validation already compiled these rules to run their examples: analyzerFor hands back that analyzer.
  return analyzerFor(teamConfig(result.file));
}

async function runJsonl(analyzer: Analyzer): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let anyRevise = false;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; context?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      throw new UsageError(`stdin line ${lineNo}: not valid JSON.`);
    }
    if (typeof item.text !== 'string') throw new UsageError(`stdin line ${lineNo}: "text" must be a string.`);
    if (item.context !== undefined && item.context !== null && typeof item.context !== 'string') {
      throw new UsageError(`stdin line ${lineNo}: "context" must be a string.`);
    }
    const report = analyzer.analyze(item.text, typeof item.context === 'string' ? { context: item.context } : {});
    if (report.verdict === 'revise') anyRevise = true;
    process.stdout.write(JSON.stringify({ id: item.id ?? null, ...report }) + '\n');
  }
  return anyRevise ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
    if (opts === 'help') {
      console.log(USAGE);
      return 0;
    }
    if (opts === 'version') {
      console.log(__TACTFUL_VERSION__);
      return 0;
    }
    const analyzer = loadAnalyzer(opts.rules);
    if (opts.jsonl) return await runJsonl(analyzer);
    const context = opts.context ? readInput(opts.context) : undefined;
    const reports: Array<{ file: string; text: string; report: Report }> = [];
    for (const file of opts.files) {
      const text = readInput(file);
      reports.push({ file, text, report: analyzer.analyze(text, context ? { context } : {}) });
    }
    if (opts.json) {
      const out = reports.length === 1 ? reports[0]!.report : reports.map((r) => ({ file: r.file, ...r.report }));
      console.log(JSON.stringify(out, null, 2));
    } else {
      for (const r of reports) process.stdout.write(formatReport(r.file === '-' ? '<stdin>' : r.file, r.text, r.report, opts.color));
    }
    return reports.some((r) => r.report.verdict === 'revise') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tactful: ${e.message}\n${/No files|Missing command|Unknown (command|option)/.test(e.message) ? `\n${USAGE}\n` : ''}`);
      return 2;
    }
    throw e;
  }
}

declare const __TACTFUL_VERSION__: string;
