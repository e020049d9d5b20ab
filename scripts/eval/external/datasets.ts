// Loaders for the public labelled datasets in ../shared/eval/external (read in place, never copied into
// the repo). Each loader states which part is test and which is tune, from the dataset's SOURCE.md.
// Thresholds and any later rule work use the tune part only; the headline numbers are test only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHARED } from '../dev.js';
import { hashSplit, type Split } from './split.js';

export const EXTERNAL = resolve(SHARED, 'eval/external');

export interface Item {
  /** Stable id within the dataset (the source's id, or the row number when it has none). */
  id: string;
  text: string;
  split: Split;
  /** Human label: 0/1 for binary tasks, a continuous rating for correlation tasks. */
  gold: number;
}

export const externalAvailable = () => existsSync(resolve(EXTERNAL, 'README.md'));

const file = (...parts: string[]) => resolve(EXTERNAL, ...parts);

/** Quoted fields with commas, doubled quotes and newlines are common in these files, hence csv-parse. */
function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** A CSV with no split of its own: ids are row numbers (header = row 1), split by a hash of the text. */
function hashSplitCsv(path: string, textColumn: string, goldColumn: string, idPrefix = 'row'): Item[] {
  return readCsv(path).map((r, i) => ({
    id: `${idPrefix}${i + 2}`,
    text: r[textColumn]!,
    split: hashSplit(r[textColumn]!),
    gold: Number(r[goldColumn]),
  }));
}

/** Whitespace and case differ between copies of the same Wikipedia request (TyDiP vs Stanford files). */
const sameText = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * TyDiP English binary (tydip-en/SOURCE.md): the fixed split. Test = en_test_binary.csv (251: the top and
 * bottom 25% of politeness scores; polite = score > 0). Tune = en_train_binary.csv (1,927).
 */
export function tydipBinary(): Item[] {
  const rows = (name: string, split: Split) =>
    readCsv(file('tydip-en', name)).map((r, i) => ({ id: `${split}-${i + 1}`, text: r.sentence!, split, gold: Number(r.score) > 0 ? 1 : 0 }));
  return [...rows('en_train_binary.csv', 'tune'), ...rows('en_test_binary.csv', 'test')];
}

/**
 * Stanford politeness, Wikipedia (stanford-politeness/SOURCE.md): no split of its own, but TyDiP re-split
 * exactly these 4,353 requests. Test = the 500 requests of TyDiP's en_test.csv (joined by text), tune = the
 * other 3,853 (en_train). Using TyDiP's split keeps its binary test items out of every tune part.
 * Gold = `Normalized Score` (higher = more polite).
 */
export function stanfordWikipedia(): Item[] {
  const testTexts = new Set(readCsv(file('tydip-en', 'en_test.csv')).map((r) => sameText(r.sentence!)));
  return readCsv(file('stanford-politeness', 'wikipedia.annotated.csv')).map((r) => ({
    id: r.Id!,
    text: r.Request!,
    split: testTexts.has(sameText(r.Request!)) ? 'test' : 'tune',
    gold: Number(r['Normalized Score']),
  }));
}

/**
 * Stanford politeness, Stack Exchange (6,603 requests): no fixed split, so a hash of the text splits it
 * 50/50 into tune/test (Ids repeat across communities; identical texts stay together).
 */
export function stanfordStackExchange(): Item[] {
  return readCsv(file('stanford-politeness', 'stack-exchange.annotated.csv')).map((r, i) => ({
    id: `${r.Community}/${r.Id}#${i + 2}`,
    text: r.Request!,
    split: hashSplit(r.Request!),
    gold: Number(r['Normalized Score']),
  }));
}

/**
 * Conversational receptiveness (yeomans-politeness-r/receptive_train.csv, 2,860 replies to someone who
 * disagrees). The file is the R package's whole training set, with no test split: hash of the text, 50/50.
 * Gold = `receptive` (standardised rating; higher = more receptive, i.e. less defensive).
 */
export const receptiveness = () => hashSplitCsv(file('yeomans-politeness-r', 'receptive_train.csv'), 'text', 'receptive');

/**
 * Warm vs tough negotiation offers (phone_offers.csv 355 + bowl_offers.csv 70, pooled): the writer's
 * assigned style, warm = 1. No split: hash of the message, 50/50.
 */
export const warmOffers = () =>
  ['phone_offers.csv', 'bowl_offers.csv'].flatMap((name) => hashSplitCsv(file('yeomans-politeness-r', name), 'message', 'condition', name.split('_')[0]));

/**
 * TalkDown (talkdown-condescension/SOURCE.md): only TalkDown's balanced *train* split survives in this copy
 * (5,208 posts, half condescending), so a hash of the post splits it 50/50 into tune/test.
 * Gold = 1 when crowdworkers judged the quoted part condescending.
 */
export const talkdown = () => hashSplitCsv(file('talkdown-condescension', 'talkdown_balanced_train_posts.csv'), 'post', 'label_condescending');

export type EpitomeMechanism = 'emotional-reactions' | 'interpretations' | 'explorations';

/**
 * EPITOME Reddit (epitome-empathy-reddit/SOURCE.md): 3,084 (seeker post, response) pairs per mechanism,
 * no public split. Hash of the response id, 50/50, so the three mechanism files share one split.
 * Gold = 1 when the response shows the mechanism at all (level ≥ 1). Only the response is analysed.
 */
export function epitome(mechanism: EpitomeMechanism): Item[] {
  return readCsv(file('epitome-empathy-reddit', `${mechanism}-reddit.csv`)).map((r) => ({
    id: r.rp_id!,
    text: r.response_post!,
    split: hashSplit(r.rp_id!),
    gold: Number(r.level) >= 1 ? 1 : 0,
  }));
}

/**
 * CaSiNo (casino-negotiation-strategies/SOURCE.md): the dataset's own dialogue-level split. Test = `test`
 * (492 utterances); tune = `train` + `valid`. Gold = 1 when the utterance carries `label`
 * (e.g. showing-empathy); every other annotated utterance is a negative.
 */
export function casino(label: string): Item[] {
  return readCsv(file('casino-negotiation-strategies', 'casino_annotated_utterances.csv')).map((r) => ({
    id: `${r.split}/${r.dialogue_id}/${r.annotation_index}`,
    text: r.utterance!,
    split: r.split === 'test' ? 'test' : 'tune',
    gold: r.labels!.split(',').map((l) => l.trim()).includes(label) ? 1 : 0,
  }));
}

/**
 * Complaints on Twitter (complaints-twitter/SOURCE.md): 3,449 tweets, no header (id, text, label, domain),
 * no split. Hash of the tweet id, 50/50. Gold = 1 for a complaint.
 */
export function complaints(): Item[] {
  const rows = parse(readFileSync(file('complaints-twitter', 'complaints-data.csv')), { skip_empty_lines: true }) as string[][];
  return rows.map(([id, text, label]) => ({ id: id!, text: text!, split: hashSplit(id!), gold: Number(label) }));
}
