import { hashFolded, TokenFlag, type Tokens } from './tokenize';

/**
 * The word lists and token tests behind the matcher's rules, apart from the
 * scanning machinery. Each test reads tokens of a window of the text; the
 * matcher makes the window wide enough for the test to see what a pass over
 * the whole text would.
 */

// Module-local copies of imported enum members and functions: hot loops read them per character or token,
// and some loaders (tsx, CommonJS interop) turn every read of an imported binding into a getter call.
const T_ALL_LOWER = TokenFlag.AllLower;
const T_SPACE = TokenFlag.SpaceBefore;
const T_FIRST_UPPER = TokenFlag.FirstUpper;

export const SENTENCE_END = new Set(['.', '!', '?']);
/**
 * Words that, right after a common name, show it names a family, a place or a
 * thing rather than a company: "the Porsche family", "the Amazon rainforest".
 */
const NOT_A_COMPANY_AFTER = new Set(['rainforest', 'river', 'basin', 'jungle', 'forest', 'rain', 'delta', 'region', 'orchard', 'orchards', 'pie', 'tree', 'trees', 'juice'].map(hashFolded));
/** "the Porsche family", "the Porsche and Piëch families", "the Hermès heirs": people, not the company. */
const KIN = new Set(['family', 'families', 'clan', 'dynasty', 'heir', 'heirs', 'heiress', 'brothers', 'sisters', 'descendants'].map(hashFolded));
const COORDINATORS = new Set(['and', '&', ',', '-', '–'].map(hashFolded));
/** After a lower-case brand name, words that show the brand is meant. */
export const COMPANY_NOUNS = new Set(['brand', 'brands', 'marque', 'company', 'group', 'unit', 'division', 'subsidiary', 'venture'].map(hashFolded));
/**
 * Verbs and nouns that, right after an ordinary word opening a sentence, show
 * a company is the subject: "Intel has slowed…", "Apple said…".
 */
export const COMPANY_VERBS = new Set(
  ['has', 'had', 'said', 'says', 'will', 'announced', 'reported', 'agreed', 'plans', 'posted', 'expects', 'shares', 'stock', 'executives', 'declined', 'confirmed', 'acquired', 'bought', 'sold', 'invested'].map(hashFolded),
);
export const THE = hashFolded('the');
export const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–']);
/** Characters that glue a word to a URL, an e-mail address or a handle. */
export const URL_GLUE = new Set(['.', '@', '/', '_', '#', '\\']);

export function isPossessive(text: string, tokens: Tokens, after: number): boolean {
  if (after >= tokens.count || (tokens.flags[after] & T_SPACE) !== 0) return false;
  const char = text[tokens.start[after]];
  if (char !== "'" && char !== '’') return false;
  const next = after + 1;
  if (next >= tokens.count || (tokens.flags[next] & T_SPACE) !== 0) return true;
  // Tokens are whole words, so an "s" token here is the possessive ending itself.
  return tokens.end[next] - tokens.start[next] === 1 && (text.charCodeAt(tokens.start[next]) | 0x20) === 115;
}

export function namesAFamilyOrPlace(tokens: Tokens, after: number): boolean {
  if (after >= tokens.count) return false;
  const next = tokens.key[after];
  if ((tokens.flags[after] & T_ALL_LOWER) !== 0 && (NOT_A_COMPANY_AFTER.has(next) || KIN.has(next))) return true;
  // "Porsche and Piëch families", "Porsche-Piëch clan": one more name, then the kin word.
  if (COORDINATORS.has(next) && after + 2 < tokens.count && (tokens.flags[after + 1] & T_FIRST_UPPER) !== 0) {
    return KIN.has(tokens.key[after + 2]);
  }
  return false;
}
