import type { Rule } from '../rule-types.js';

// §4.13 Hostility, sarcasm and personal attacks.
export const hostility: Rule[] = [
  {
    id: 'hostility/take-business-elsewhere',
    category: 'hostility',
    severity: 'serious',
    match: ["take your business elsewhere"],
    message: "Hostile lines get forwarded to managers and quoted in reviews.",
    suggestions: ["I want to help, and I need us to keep this respectful."],
    examples: { flag: ["If you're that unhappy, feel free to take your business elsewhere."], pass: ["If you'd prefer to work with a different consultant, I understand and can arrange the handover."] },
  },
];
