import type { Rule } from '../rule-types.js';
import { apology } from './apology.js';
import { boundary } from './boundary.js';
import { empathy } from './empathy.js';
import { expectation } from './expectation.js';
import { remedy } from './remedy.js';

// §6 Positive elements, one file per element: each rule credits its element to the sentence it matches in.
export const positives: Rule[] = [...apology, ...empathy, ...expectation, ...remedy, ...boundary];
