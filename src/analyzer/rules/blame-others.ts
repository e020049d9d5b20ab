import type { Rule } from '../rule-types.js';

// §4.3 Blaming third parties or colleagues.
export const blameOthers: Rule[] = [
  {
    id: 'blame-others/courier-caused',
    category: 'blame-others',
    severity: 'warning',
    match: ["the (courier|carrier|supplier|vendor|manufacturer|lab|insurer|airline|post office) (lost|broke|delayed|caused|forgot|oversold)"],
    message: "To the client you are the company: pointing at someone else sounds like an excuse and suggests nobody will fix it.",
    suggestions: ["Your parcel was lost in transit. That is our responsibility, and a replacement goes out by express today."],
    examples: { flag: ["The courier lost the package."], pass: ["The carrier's tracking shows the parcel was delivered at 2:14 pm to the side door."] },
  },
];
