import { NameFlag, type NameTable } from '../../../src/core/name-table';
import { CharClass, charClass, foldChar } from './fold-char';
import { KeyTable } from './key-table';
import { caseHashOf, hashFolded, TokenFlag, tokenize, type Tokens } from './tokenize';

export interface Mention {
  start: number;
  end: number;
  /** Index into the name table's entities. */
  entity: number;
  /** Index into the name table's names: which alias matched. */
  name: number;
}

/** A possible mention before document-level evidence is weighed. */
export interface Candidate extends Mention {
  /** Could be an ordinary word here (a common name at a sentence start, in a headline, in capitals). */
  weak: boolean;
}

interface CompiledName {
  name: number;
  entity: number;
  flags: number;
  /** The name's tokens, as a range of the matcher's shared token arrays (one allocation for all names). */
  first: number;
  length: number;
}

/** All names' tokens, cut from one joined string. */
interface NameTokens {
  source: string;
  keys: Int32Array;
  caseKeys: Int32Array;
  flags: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

const SENTENCE_END = new Set(['.', '!', '?']);
/**
 * Words that, right after a common name, show it names a family, a place or a
 * thing rather than a company: "the Porsche family", "the Amazon rainforest".
 */
const NOT_A_COMPANY_AFTER = new Set(['rainforest', 'river', 'basin', 'jungle', 'forest', 'rain', 'delta', 'region', 'orchard', 'orchards', 'pie', 'tree', 'trees', 'juice'].map(hashFolded));
/** "the Porsche family", "the Porsche and Piëch families", "the Hermès heirs": people, not the company. */
const KIN = new Set(['family', 'families', 'clan', 'dynasty', 'heir', 'heirs', 'heiress', 'brothers', 'sisters', 'descendants'].map(hashFolded));
const COORDINATORS = new Set(['and', '&', ',', '-', '–'].map(hashFolded));
/** After a lower-case brand name, words that show the brand is meant. */
const COMPANY_NOUNS = new Set(['brand', 'brands', 'marque', 'company', 'group', 'unit', 'division', 'subsidiary', 'venture'].map(hashFolded));
/**
 * Verbs and nouns that, right after an ordinary word opening a sentence, show
 * a company is the subject: "Intel has slowed…", "Apple said…".
 */
const COMPANY_VERBS = new Set(
  ['has', 'had', 'said', 'says', 'will', 'announced', 'reported', 'agreed', 'plans', 'posted', 'expects', 'shares', 'stock', 'executives', 'declined', 'confirmed', 'acquired', 'bought', 'sold', 'invested'].map(hashFolded),
);
const THE = hashFolded('the');
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–']);
/** Characters that glue a word to a URL, an e-mail address or a handle. */
const URL_GLUE = new Set(['.', '@', '/', '_', '#', '\\']);

/**
 * Finds the companies a text names. Built once from a name table; scanning
 * is a single pass of hash look-ups over word tokens, so its cost grows with
 * the text, not with the number of names.
 */
export class Matcher {
  readonly table: NameTable;
  private readonly byFirstKey = new KeyTable<CompiledName>();
  private readonly byTickerKey = new KeyTable<CompiledName>();
  private readonly nameTokens: NameTokens;

  constructor(table: NameTable) {
    this.table = table;
    // All names are cut into tokens in one pass over one joined string: a
    // tokenizer call per name would cost more than the scan of a long page.
    let joined = '';
    const offsets: number[] = [];
    for (const [, text, flags] of table.names) {
      offsets.push(joined.length);
      joined += (flags & NameFlag.Ticker) !== 0 ? text.slice(text.indexOf(':') + 1) : text;
      joined += '\n\n';
    }
    const tokens = tokenize(joined);
    const caseKeys = new Int32Array(tokens.count);
    for (let k = 0; k < tokens.count; k++) caseKeys[k] = caseHashOf(joined, tokens.start[k], tokens.end[k]);
    this.nameTokens = { source: joined, keys: tokens.key, caseKeys, flags: tokens.flags, starts: tokens.start, ends: tokens.end };
    let t = 0;
    const names = table.names;
    this.byFirstKey.reserve(names.length);
    for (let name = 0; name < names.length; name++) {
      const [entity, , flags] = names[name];
      const from = offsets[name];
      const to = name + 1 < offsets.length ? offsets[name + 1] : joined.length;
      while (t < tokens.count && tokens.start[t] < from) t++;
      let last = t;
      while (last < tokens.count && tokens.start[last] < to) last++;
      const first = t;
      t = last;
      if (last === first || (tokens.flags[first] & TokenFlag.Word) === 0) continue;
      const compiled: CompiledName = { name, entity, flags, first, length: last - first };
      ((flags & NameFlag.Ticker) !== 0 ? this.byTickerKey : this.byFirstKey).add(tokens.key[first], compiled);
    }
    for (const keyTable of [this.byFirstKey, this.byTickerKey]) keyTable.sortEach((a, b) => b.length - a.length || a.name - b.name);
  }

  static fromNameTable(table: NameTable): Matcher {
    return new Matcher(table);
  }

  get nameCount(): number {
    return this.table.names.length;
  }

  /** Every mention in the text, best-supported reading only, in text order and never overlapping. */
  scan(text: string): Mention[] {
    return resolveCandidates(this.findCandidates(text));
  }

  /**
   * Candidates in `text` (or its slice `from`–`to`; offsets stay relative to
   * `text`). Callers that scan a page piece by piece gather candidates from
   * each piece and resolve them together.
   */
  findCandidates(text: string, from = 0, to = text.length): Candidate[] {
    const tokens = tokenize(text, from, to);
    const found: Candidate[] = [];
    const headlineCache = new Map<number, boolean>();
    const count = tokens.count;
    const { key, flags } = tokens;
    for (let i = 0; i < count; i++) {
      if ((flags[i] & TokenFlag.Word) === 0) continue;
      // The exchange in "(NASDAQ: NVDA)" names a listing venue, not a company.
      if (i + 1 < count && (flags[i + 1] & (TokenFlag.Word | TokenFlag.SpaceBefore)) === 0 && text.charCodeAt(tokens.start[i + 1]) === 58) {
        const ticker = this.matchTicker(text, tokens, i + 1);
        if (ticker) {
          found.push(ticker.candidate);
          i = ticker.last;
          continue;
        }
      }
      const options = this.byFirstKey.get(key[i]);
      if (options === undefined) continue;
      const second = i + 1 < count ? key[i + 1] : -1;
      if (i > 0 && (flags[i] & TokenFlag.SpaceBefore) === 0 && URL_GLUE.has(text[tokens.start[i - 1]])) continue;
      for (const option of options) {
        // Cheap pre-check: most multi-word names fail on their second word.
        if (option.length > 1 && this.nameTokens.keys[option.first + 1] !== second) continue;
        const verdict = this.matchAt(text, tokens, i, option, headlineCache);
        if (verdict === undefined || !sameFoldedText(text, tokens, i, option, this.nameTokens)) continue;
        const last = i + option.length - 1;
        // A blocker ("Dow Jones Industrial Average") swallows its words and reports nothing.
        if (option.entity >= 0) {
          const previous = found[found.length - 1];
          // "Nvidia RTX", "Google Pixel": a name right after another company's names its product line.
          const trailsAnother = previous !== undefined && previous.entity !== option.entity && previous.end === tokens.start[i] - 1 && text.charCodeAt(previous.end) === 32;
          found.push({ start: tokens.start[i], end: tokens.end[last], entity: option.entity, name: option.name, weak: verdict === 'weak' || trailsAnother });
        }
        i = last;
        break;
      }
    }
    return found;
  }

  private matchAt(text: string, tokens: Tokens, at: number, option: CompiledName, headlineCache: Map<number, boolean>): 'strong' | 'weak' | undefined {
    const length = option.length;
    const names = this.nameTokens;
    if (at + length > tokens.count) return undefined;
    if ((option.flags & NameFlag.Blocker) !== 0) return this.matchesBlocker(tokens, at, option) ? 'strong' : undefined;
    const common = (option.flags & NameFlag.Common) !== 0;
    const ordinaryWord = (option.flags & NameFlag.OrdinaryWord) !== 0;
    let shouted = false;
    for (let j = 0; j < length; j++) {
      const t = at + j;
      if (tokens.key[t] !== names.keys[option.first + j]) return undefined;
      const textFlags = tokens.flags[t];
      const nameFlags = names.flags[option.first + j];
      if (j > 0) {
        // Words of a name may wrap onto the next line, but never across a paragraph;
        // punctuation inside a name ("AT&T", "Amazon.com") must stay attached.
        const nameSpaced = (nameFlags & TokenFlag.SpaceBefore) !== 0;
        const textSpaced = (textFlags & TokenFlag.SpaceBefore) !== 0;
        if (nameSpaced !== textSpaced || (textFlags & TokenFlag.ParagraphBefore) !== 0) return undefined;
      }
      if ((nameFlags & TokenFlag.Word) === 0 || caseHashOf(text, tokens.start[t], tokens.end[t]) === names.caseKeys[option.first + j]) continue;
      if ((textFlags & TokenFlag.AllUpper) !== 0 && (textFlags & TokenFlag.Word) !== 0) {
        if ((nameFlags & TokenFlag.AllUpper) === 0) shouted = true;
        continue;
      }
      // A common word matches only as written ("Apple", never "apple");
      // other names tolerate case variants ("Nvidia"/"NVIDIA") but not all
      // lower case, which is how ordinary words look.
      if (common) return undefined;
      if ((textFlags & TokenFlag.AllLower) !== 0 && (nameFlags & TokenFlag.AllLower) === 0) return undefined;
    }
    const last = at + length - 1;
    // "Meta" must not match the start of "Meta.ai.com"-like glued strings.
    const after = last + 1;
    if (after + 1 < tokens.count && (tokens.flags[after] & TokenFlag.SpaceBefore) === 0 && URL_GLUE.has(text[tokens.start[after]]) && text[tokens.start[after]] !== '.') {
      if ((tokens.flags[after + 1] & (TokenFlag.SpaceBefore | TokenFlag.Word)) === TokenFlag.Word) return undefined;
    }
    // "AWS-4", "GPT-5": a name joined to a number designates a band, a model or a product.
    if (after + 1 < tokens.count && (tokens.flags[after] & TokenFlag.SpaceBefore) === 0 && text.charCodeAt(tokens.start[after]) === 45) {
      const next = tokens.flags[after + 1];
      const code = text.charCodeAt(tokens.start[after + 1]);
      if ((next & (TokenFlag.Word | TokenFlag.SpaceBefore)) === TokenFlag.Word && code >= 48 && code <= 57) return undefined;
    }
    if (!common) return 'strong';
    if (isPossessive(text, tokens, after)) return 'strong';
    if (namesAFamilyOrPlace(tokens, after)) return undefined;
    const writtenLowerCase = (names.flags[option.first] & TokenFlag.AllLower) !== 0;
    if (ordinaryWord && writtenLowerCase) {
      // A brand written in lower case ("smart") is an adjective unless a word like "brand" follows it.
      if (after < tokens.count && (tokens.flags[after] & TokenFlag.SpaceBefore) === 0) return undefined;
      return after < tokens.count && COMPANY_NOUNS.has(tokens.key[after]) ? 'strong' : 'weak';
    }
    // "Ferdinand Porsche", "French Tech Visa": a capitalised word just before makes it part of another name.
    if (
      at > 0 &&
      (tokens.flags[at] & (TokenFlag.SpaceBefore | TokenFlag.NewlineBefore)) === TokenFlag.SpaceBefore &&
      (tokens.flags[at - 1] & (TokenFlag.Word | TokenFlag.FirstUpper | TokenFlag.AllUpper)) === (TokenFlag.Word | TokenFlag.FirstUpper) &&
      !isSentenceStart(text, tokens, at - 1) &&
      tokens.key[at - 1] !== THE
    )
      return undefined;
    if (!ordinaryWord) return 'strong';
    if (after < tokens.count && (tokens.flags[after] & TokenFlag.AllLower) !== 0 && COMPANY_VERBS.has(tokens.key[after])) return 'strong';
    if (shouted || isSentenceStart(text, tokens, at) || isHeadlineLine(tokens, at, headlineCache)) return 'weak';
    // "Epic Universe", "Apple Valley": an ordinary word opening a longer proper name is not proof of the company.
    if (after < tokens.count && (tokens.flags[after] & (TokenFlag.Word | TokenFlag.FirstUpper | TokenFlag.NewlineBefore)) === (TokenFlag.Word | TokenFlag.FirstUpper)) return 'weak';
    return 'strong';
  }

  /** Blockers compare folded words only: an index name is an index name in any case. */
  private matchesBlocker(tokens: Tokens, at: number, option: CompiledName): boolean {
    const names = this.nameTokens;
    for (let j = 0; j < option.length; j++) {
      if (tokens.key[at + j] !== names.keys[option.first + j]) return false;
      if (j > 0 && ((tokens.flags[at + j] & TokenFlag.SpaceBefore) !== 0) !== ((names.flags[option.first + j] & TokenFlag.SpaceBefore) !== 0)) return false;
    }
    return true;
  }

  /** "(NASDAQ: NVDA)", "NYSE:T": a ticker counts only in exchange notation. */
  private matchTicker(text: string, tokens: Tokens, colon: number): { candidate: Candidate; last: number } | undefined {
    if (text[tokens.start[colon]] !== ':' || colon === 0 || colon + 1 >= tokens.count) return undefined;
    const exchange = colon - 1;
    if ((tokens.flags[exchange] & TokenFlag.Word) === 0 || (tokens.flags[colon] & TokenFlag.SpaceBefore) !== 0) return undefined;
    const options = this.byTickerKey.get(tokens.key[colon + 1]);
    if (!options) return undefined;
    const exchangeName = text.slice(tokens.start[exchange], tokens.end[exchange]).toUpperCase();
    for (const option of options) {
      const [, written] = this.table.names[option.name][1].match(/^([^:]+):/) ?? [];
      if (!sameExchange(written, exchangeName)) continue;
      const first = colon + 1;
      const length = option.length;
      if (first + length > tokens.count) continue;
      let ok = true;
      for (let j = 0; j < length && ok; j++) {
        const t = first + j;
        ok = caseHashOf(text, tokens.start[t], tokens.end[t]) === this.nameTokens.caseKeys[option.first + j] && (j === 0 || (tokens.flags[t] & TokenFlag.SpaceBefore) === 0);
      }
      if (!ok) continue;
      const last = first + length - 1;
      return { candidate: { start: tokens.start[first], end: tokens.end[last], entity: option.entity, name: option.name, weak: false }, last };
    }
    return undefined;
  }
}

const EXCHANGE_SYNONYMS: Record<string, string> = { NASDAQGS: 'NASDAQ', NASDAQ: 'NASDAQ', NYSE: 'NYSE', TSE: 'TYO', TYO: 'TYO' };

function sameExchange(written: string | undefined, seen: string): boolean {
  if (!written) return false;
  return (EXCHANGE_SYNONYMS[written] ?? written) === (EXCHANGE_SYNONYMS[seen] ?? seen);
}

/** Hashes matched; this compares the folded characters themselves, so a collision can never name a company. */
function sameFoldedText(text: string, tokens: Tokens, at: number, option: CompiledName, names: NameTokens): boolean {
  for (let j = 0; j < option.length; j++) {
    const k = option.first + j;
    if (foldedToken(text, tokens.start[at + j], tokens.end[at + j]) !== foldedToken(names.source, names.starts[k], names.ends[k])) return false;
  }
  return true;
}

function foldedToken(text: string, start: number, end: number): string {
  let folded = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && charClass(code) === CharClass.Ignorable) continue;
    folded += String.fromCharCode(foldChar(code));
  }
  return folded;
}

function isPossessive(text: string, tokens: Tokens, after: number): boolean {
  if (after >= tokens.count || (tokens.flags[after] & TokenFlag.SpaceBefore) !== 0) return false;
  const char = text[tokens.start[after]];
  if (char !== "'" && char !== '’') return false;
  const next = after + 1;
  if (next >= tokens.count || (tokens.flags[next] & TokenFlag.SpaceBefore) !== 0) return true;
  // Tokens are whole words, so an "s" token here is the possessive ending itself.
  return tokens.end[next] - tokens.start[next] === 1 && (text.charCodeAt(tokens.start[next]) | 0x20) === 115;
}

function namesAFamilyOrPlace(tokens: Tokens, after: number): boolean {
  if (after >= tokens.count) return false;
  const next = tokens.key[after];
  if ((tokens.flags[after] & TokenFlag.AllLower) !== 0 && (NOT_A_COMPANY_AFTER.has(next) || KIN.has(next))) return true;
  // "Porsche and Piëch families", "Porsche-Piëch clan": one more name, then the kin word.
  if (COORDINATORS.has(next) && after + 2 < tokens.count && (tokens.flags[after + 1] & TokenFlag.FirstUpper) !== 0) {
    return KIN.has(tokens.key[after + 2]);
  }
  return false;
}

function isSentenceStart(text: string, tokens: Tokens, at: number): boolean {
  let i = at;
  while (i > 0 && (tokens.flags[i] & TokenFlag.ParagraphBefore) === 0 && (tokens.flags[i - 1] & TokenFlag.Word) === 0 && OPENERS.has(text[tokens.start[i - 1]])) i--;
  if (i === 0 || (tokens.flags[i] & TokenFlag.ParagraphBefore) !== 0) return true;
  const previous = i - 1;
  return (tokens.flags[previous] & TokenFlag.Word) === 0 && SENTENCE_END.has(text[tokens.start[previous]]);
}

/** A line where nearly every longer word is capitalised is a headline, where capitals prove nothing. */
function isHeadlineLine(tokens: Tokens, at: number, cache: Map<number, boolean>): boolean {
  let lineStart = at;
  while (lineStart > 0 && (tokens.flags[lineStart] & TokenFlag.NewlineBefore) === 0) lineStart--;
  const cached = cache.get(lineStart);
  if (cached !== undefined) return cached;
  let words = 0;
  let capitalised = 0;
  for (let i = lineStart; i < tokens.count && (i === lineStart || (tokens.flags[i] & TokenFlag.NewlineBefore) === 0); i++) {
    if ((tokens.flags[i] & TokenFlag.Word) === 0 || tokens.end[i] - tokens.start[i] < 4) continue;
    words++;
    if ((tokens.flags[i] & (TokenFlag.FirstUpper | TokenFlag.AllUpper)) !== 0) capitalised++;
  }
  const headline = words >= 3 && capitalised >= words * 0.75;
  cache.set(lineStart, headline);
  return headline;
}

/**
 * Keeps a weak candidate only when the same company is named unmistakably
 * elsewhere in the document: "Apple" opening a sentence is the company in an
 * article about Apple, and fruit in a recipe.
 */
export function resolveCandidates(candidates: Candidate[]): Mention[] {
  const confirmed = new Set<number>();
  for (const candidate of candidates) if (!candidate.weak) confirmed.add(candidate.entity);
  const mentions: Mention[] = [];
  for (const { start, end, entity, name, weak } of candidates) {
    if (!weak || confirmed.has(entity)) mentions.push({ start, end, entity, name });
  }
  return mentions;
}
