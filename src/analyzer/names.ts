import type { Category, Element } from './types.js';

export const CATEGORY_NAMES: Record<Category, string> = {
  defensiveness: 'Defensiveness',
  'blame-client': 'Blaming the client',
  'blame-others': 'Blaming others',
  dismissive: 'Dismissive',
  condescending: 'Condescending',
  'non-apology': 'Non-apology',
  'passive-aggressive': 'Passive-aggressive',
  absolutes: 'Absolutes',
  shouting: 'Shouting',
  'passing-the-buck': 'Passing the buck',
  'over-promising': 'Over-promising',
  'vague-commitment': 'Vague commitment',
  hostility: 'Hostility',
};

export const ELEMENT_NAMES: Record<Element, string> = {
  apology: 'Apology',
  empathy: 'Empathy',
  expectation: 'Next step with a time',
  remedy: 'Remedy',
  boundary: 'Polite boundary',
};
