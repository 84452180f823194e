import type { Random } from './seeded-random';

/** Pronounceable invented company names (the benchmarks' synthetic datasets and gazetteer share them). */
const ONSETS = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'q', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'x', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'eo', 'ia', 'ou'];
const ACCENTED = ['é', 'è', 'ö', 'ü', 'å', 'ñ', 'ç'];
const CODAS = ['', '', 'n', 'r', 'x', 'l', 'm', 's', 'nt', 'rk', 'v'];
export const SUFFIXES = ['Holdings', 'Group', 'Capital', 'Systems', 'Labs', 'Technologies', 'Partners', 'Energy', 'Bank', 'Motors', 'Media', 'Pharma', 'Networks', 'Foods', 'Logistics', 'Robotics', 'Insurance', 'Studios'];

/** One invented brand word, now and then with an accent. */
export function brand(random: Random): string {
  const syllables = 2 + random.int(2);
  let word = '';
  for (let i = 0; i < syllables; i++) {
    const vowel = random.chance(0.04) ? random.pick(ACCENTED) : random.pick(VOWELS);
    word += random.pick(ONSETS) + vowel + (i === syllables - 1 ? random.pick(CODAS) : '');
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}
