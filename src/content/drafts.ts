// Answers the popup's draft:* messages (src/shared/messages.ts) for the drafts coached on this page.
import type { ContentRequest, DraftEditResponse, DraftGetResponse, DraftInfo } from '../shared/messages.js';
import type { Coach } from './coach.js';
import { applyEdits, type FixResult, insertText, reveal } from './session/draft-edits.js';
import type { EditorSession } from './session/editor-session.js';

const CONTENT_TYPES = new Set(['draft:get', 'draft:apply', 'draft:insert', 'draft:reveal']);

export function isContentRequest(message: unknown): message is ContentRequest {
  return typeof message === 'object' && message !== null && CONTENT_TYPES.has((message as { type?: unknown }).type as string);
}

async function describe(sessions: EditorSession[]): Promise<DraftInfo[]> {
  // A draft the popup asks about before its first analysis finished is analysed now.
  await Promise.all(sessions.filter((s) => !s.report).map((s) => s.analyse()));
  const ready = sessions.filter((s) => s.report);
  return ready.map((s, i) => ({ ...s.info(), focused: i === 0 }));
}

async function edited(session: EditorSession, result: FixResult): Promise<DraftEditResponse> {
  const [draft] = await describe([session]);
  const response: DraftEditResponse = { ok: result.ok };
  if (result.message && !result.ok) response.error = result.message;
  if (result.ok && result.undoSteps !== undefined) response.undoSteps = result.undoSteps;
  if (draft) response.draft = { ...draft, focused: true };
  return response;
}

export async function answer(coach: Coach | undefined, request: ContentRequest): Promise<DraftGetResponse | DraftEditResponse> {
  if (request.type === 'draft:get') return { drafts: coach ? await describe(coach.all()) : [] };
  const session = coach?.find(request.draftId);
  if (!session) return { ok: false, error: 'That draft is no longer open on the page.' };
  switch (request.type) {
    case 'draft:apply':
      return edited(session, await applyEdits(session, request.edits));
    case 'draft:insert':
      return edited(session, await insertText(session, request.text, request.where));
    case 'draft:reveal':
      return edited(session, reveal(session, request.start, request.end));
  }
}
