// The single place the analyzer gets compromise from, plus our lexicon additions.
import nlp from 'compromise';

export { nlp };

type SplitFn = (text: string, world: unknown) => string[];
const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences: SplitFn } } } };
const split = world.methods.one.tokenize.splitSentences;

/** compromise's sentence splitter (no tagging). Pieces concatenate back to the input exactly. */
export function splitSentences(text: string): string[] {
  const pieces = split(text, world);
  // Defensive: if the splitter ever drops characters, fall back to one piece so offsets stay exact.
  return pieces.join('') === text ? pieces : [text];
}

// compromise runs a list of "compute hooks" on every parse. Two of them produce nothing our rules use:
// noun/verb chunks (the <Noun> match syntax, which rule patterns may not use) and typeahead (we register no
// typeahead words). Skipping them gives identical tags (checked over the dev corpus) and ~10% faster parses.
type Hooked = { hooks: string[] };
const hooked = nlp.world() as unknown as Hooked;
const FULL_HOOKS = hooked.hooks.slice();
const LEAN_HOOKS = FULL_HOOKS.filter((h) => h !== 'chunks' && h !== 'typeahead');

/** Parse for rule matching: nlp(text) without the chunker and typeahead hooks. */
export function parseLean(text: string): ReturnType<typeof nlp> {
  const saved = hooked.hooks;
  hooked.hooks = LEAN_HOOKS;
  try {
    return nlp(text);
  } finally {
    hooked.hooks = saved;
  }
}
