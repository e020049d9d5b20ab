// Tone signals (types.ts, SignalKind): politeness strategies (courtesy) and their opposite (discourtesy).
// They never change the score or the verdict; they describe how the wording comes across.
import type { Rule } from '../../rule-types.js';
import { courtesy } from './courtesy.js';
import { discourtesy } from './discourtesy.js';

export const signals: Rule[] = [...courtesy, ...discourtesy];
