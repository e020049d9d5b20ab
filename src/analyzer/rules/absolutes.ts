import type { Rule } from '../rule-types.js';

// §4.8 Absolutes and sweeping generalizations.
export const absolutes: Rule[] = [
  {
    id: 'absolutes/nobody-else',
    category: 'absolutes',
    severity: 'warning',
    match: ["(nobody|no one) else (has|have) (ever)? (complained|had|reported)"],
    message: "An absolute is easy to disprove: their complaint is the counter-example.",
    suggestions: ["I'm sorry this let you down, and I'm looking into it today."],
    examples: { flag: ["Nobody else has ever complained about the Wi-Fi."], pass: ["Nobody else can see the data in your workspace."] },
  },
];
