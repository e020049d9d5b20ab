// All built-in rules, in one list. One file per category; the engine treats them all alike.
import type { Rule } from '../rule-types.js';
import { absolutes } from './absolutes.js';
import { blameClient } from './blame-client.js';
import { blameOthers } from './blame-others.js';
import { condescending } from './condescending.js';
import { curt } from './curt.js';
import { defensiveness } from './defensiveness.js';
import { dismissive } from './dismissive.js';
import { hostility } from './hostility.js';
import { nonApology } from './non-apology.js';
import { overPromising } from './over-promising.js';
import { passingTheBuck } from './passing-the-buck.js';
import { passiveAggressive } from './passive-aggressive.js';
import { positives } from './positives.js';
import { shouting } from './shouting.js';
import { sympathySignals } from './signals-sympathy.js';
import { receptiveSignals } from './signals-receptive.js';
import { signals } from './signals/index.js';
import { vagueCommitment } from './vague-commitment.js';

export { CUES } from './cues.js';

export const BUILTIN_RULES: Rule[] = [
  ...defensiveness,
  ...blameClient,
  ...blameOthers,
  ...dismissive,
  ...condescending,
  ...nonApology,
  ...passiveAggressive,
  ...absolutes,
  ...shouting,
  ...passingTheBuck,
  ...overPromising,
  ...vagueCommitment,
  ...hostility,
  ...curt,
  ...positives,
  ...signals,
  ...sympathySignals,
  ...receptiveSignals,
];
