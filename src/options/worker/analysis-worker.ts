// The options page's analysis worker: validation with rule examples, example checks and the live tester's
// analysis, each with an analyzer compiled once per distinct config (see analyzerFor).
import { analyzerFor, runExamples, validateTeamFile } from '../../analyzer/team-rules.js';
import type { WorkerMessage, WorkerReplies, WorkerResponse } from './protocol.js';

function answer(message: WorkerMessage): WorkerReplies[keyof WorkerReplies] {
  switch (message.kind) {
    case 'validate':
      return validateTeamFile(message.file);
    case 'examples':
      return runExamples(analyzerFor(message.config), message.rules).map(({ rule, ...r }) => ({ ...r, ruleId: rule.id }));
    case 'analyze':
      return analyzerFor(message.config).analyze(message.text, message.context ? { context: message.context } : {});
  }
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  let response: WorkerResponse;
  try {
    response = { id: message.id, ok: true, value: answer(message) };
  } catch (error) {
    response = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
