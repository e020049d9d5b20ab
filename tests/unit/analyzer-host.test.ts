// A settings change races the re-analysis it causes: the page hears of the change and asks again at once,
// while the background may not have read the new settings yet. Answers carry when their settings were
// read, a request can ask for settings read no earlier than a time, and the page asks again when an answer
// is older than the last change it saw: a report made with the old rules is never drawn.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/shared/messages.js';
import { fakeBrowser } from './helpers/fake-storage.js';

const fake = vi.hoisted(() => ({ browser: null as unknown as ReturnType<typeof import('./helpers/fake-storage.js').fakeBrowser> }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, k) => (fake.browser as Record<string | symbol, unknown>)[k] }) }));

const settings = await import('../../src/shared/settings.js');
const { AnalyzerHost } = await import('../../src/background/analyzer-host.js');
const { analyzeInBackground, SettingsClock } = await import('../../src/content/session/background.js');

const RULE = 'dismissive/calm-down';
const DRAFT = 'Hi Sam,\n\nPlease calm down.\n\nBest,\nAna';
const ruleIds = (r: AnalyzeResponse) => r.report.findings.map((f) => f.ruleId);

beforeEach(async () => {
  fake.browser = fakeBrowser();
  await settings.resetSettings();
});

describe('background analyzer host', () => {
  it('follows settings changes it hears of', async () => {
    const host = new AnalyzerHost(new AbortController().signal);
    expect(ruleIds(await host.analyze(DRAFT, undefined))).toContain(RULE);
    await settings.setPersonalOverride(RULE, 'off');
    await vi.waitFor(async () => expect(ruleIds(await host.analyze(DRAFT, undefined))).not.toContain(RULE));
  });

  it('answers "settings read no earlier than" with the new rules, even before it heard of the change', async () => {
    const host = new AnalyzerHost(new AbortController().signal);
    const first = await host.analyze(DRAFT, undefined);
    expect(ruleIds(first)).toContain(RULE);
    // The change is written, but the background's storage event has not arrived yet.
    fake.browser.test.listeners.clear();
    await settings.setPersonalOverride(RULE, 'off');
    const changedAt = Date.now();
    const stale = await host.analyze(DRAFT, undefined);
    expect(ruleIds(stale)).toContain(RULE); // what a page without the check would draw
    expect(stale.configAt).toBeLessThan(changedAt + 1);
    const fresh = await host.analyze(DRAFT, undefined, changedAt);
    expect(ruleIds(fresh)).not.toContain(RULE);
    expect(fresh.configAt).toBeGreaterThanOrEqual(changedAt);
  });
});

describe('content script: analysis in the background', () => {
  const report = (ruleId: string) => ({ findings: [{ ruleId }] }) as unknown as AnalyzeResponse['report'];

  it('asks again when the answer is older than the last settings change, with the time rules must be read by', async () => {
    const clock = new SettingsClock();
    const sent: AnalyzeRequest[] = [];
    const send = async (request: AnalyzeRequest): Promise<AnalyzeResponse> => {
      sent.push(request);
      // The first answer was made with settings read before the change the page saw meanwhile.
      if (sent.length === 1) {
        clock.touch();
        return { report: report('old'), configAt: clock.changedAt - 50 };
      }
      return { report: report('new'), configAt: clock.changedAt + 5 };
    };
    const analyze = analyzeInBackground(clock, send);
    const result = await analyze('Please calm down.', 'context');
    expect(result.findings[0]!.ruleId).toBe('new');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({ type: 'analyze', text: 'Please calm down.', context: 'context' });
    expect(sent[1]!.settingsSince).toBe(clock.changedAt);
  });

  it('asks once when the answer is fresh', async () => {
    const clock = new SettingsClock();
    clock.touch();
    const send = vi.fn(async (r: AnalyzeRequest): Promise<AnalyzeResponse> => ({ report: report('x'), configAt: r.settingsSince! }));
    await analyzeInBackground(clock, send)('Hi.', undefined);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].settingsSince).toBe(clock.changedAt);
  });
});
