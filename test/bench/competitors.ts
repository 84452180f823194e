import { Matcher } from '../../src/core/matcher';
import { compileNameIndex } from '../../src/core/name-index';
import { NameFlag, type NameTable } from '../../src/core/name-table';
import { Matcher as BaselineMatcher } from './baseline-matcher/matcher';

/**
 * The four things the benchmark times on the same text: the matcher (loaded
 * from its compiled index, as the extension loads it), today's matcher kept
 * as a baseline, a RegExp alternation and a char-code floor. Each returns a
 * count that the caller keeps, so no engine can drop the work as dead code.
 * Imports go to the core's files, not its index, so the page bundle holds
 * what the content script holds and no more.
 */
export type Scan = (text: string) => number;

export interface Competitors {
  matcher: Scan;
  /** The matcher before the binary index and the single-pass scan (test/bench/baseline-matcher). */
  baseline: Scan;
  regexp: Scan;
  floor: Scan;
  /** How many aliases the RegExp alternation holds. */
  regexpAliases: number;
}

export function competitors(table: NameTable): Competitors {
  const matcher = Matcher.fromCompiled(compileNameIndex(table));
  const baseline = new BaselineMatcher(table);
  const pattern = aliasRegExp(table);
  return {
    matcher: (text) => matcher.scan(text).length,
    baseline: (text) => baseline.scan(text).length,
    regexp: (text) => countMatches(pattern, text),
    floor: countLetters,
    regexpAliases: readerNames(table).length,
  };
}

/**
 * What a developer would write without the matcher: every company alias,
 * escaped, longest first so "Meta Platforms" wins over "Meta", in one
 * case-sensitive alternation between word boundaries. Tickers and blocker
 * phrases are left out: they are not names a reader sees.
 */
export function aliasRegExp(table: NameTable): RegExp {
  const escaped = readerNames(table).map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('\\b(?:' + escaped.join('|') + ')\\b', 'g');
}

/** Company names as a reader sees them: no tickers, no blocker phrases; longest first. */
export function readerNames(table: NameTable): string[] {
  const aliases = new Set<string>();
  for (const [entity, text, flags] of table.names) if (entity >= 0 && (flags & (NameFlag.Ticker | NameFlag.Blocker)) === 0) aliases.add(text);
  return [...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/**
 * The floor: one pass over the char codes doing the least a tokenizer must
 * (classify each as an ASCII letter or not). No scanner can beat it, so
 * floor/matcher says how much of the matcher's time goes beyond reading.
 */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower >= 97 && lower <= 122) letters++;
  }
  return letters;
}
