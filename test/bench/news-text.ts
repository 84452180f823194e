import { seededRandom, type Random } from './random';

/**
 * Deterministic news-like English text: headlines, paragraphs of sentences
 * built from ordinary words, figures, quotes, and company names at about the
 * rate of business news (one mention per 40 words), some possessive. Every
 * competitor in the benchmark scans these same strings.
 */

const WORDS = (
  'the of and to in a for on that with as by at from its said has have was were will would could after over ' +
  'about more than new year years market markets shares deal deals company companies business quarter percent ' +
  'billion million sales revenue profit growth investors analysts executive chief officer board plan plans ' +
  'report reported week month today government regulators rules price prices customers people workers union ' +
  'data chips software cloud services products devices network stores cars energy oil gas power bank banks ' +
  'rate rates inflation economy trade tariffs china europe american global local national first last next ' +
  'since while when where which who because although however also still only just even already again ' +
  'growing falling rising higher lower strong weak big small major early late recent public private ' +
  'agreed announced expected told added declined rose fell gained lost bought sold invested launched ' +
  'acquisition merger stake owner partner rival supplier contract lawsuit court case judge ruling ' +
  'according statement interview spokesperson filing results forecast outlook demand supply costs jobs ' +
  'this these those other another some many most several few each every any all both no not but or ' +
  'city country state region industry sector technology media health care research model models users ' +
  'café résumé naïve coöperate façade protégé déjà vu fiancée rôle'
).split(' ');

/** English text is mostly these: about four words in ten are one of them. */
const FUNCTION_WORDS = 'the the the of of and and to to a a in in for on that is was with as it by at from has said'.split(' ');

const SAYING = ['said', 'told reporters', 'wrote in a note', 'said in a statement', 'added'];
const OPENERS = ['Meanwhile,', 'However,', 'Still,', 'In a statement,', 'Last week,', 'On Tuesday,', 'Analysts said'];

export interface NewsTextOptions {
  /** Length in UTF-16 code units; the text is cut to exactly this. */
  length: number;
  seed: number;
  /** Names as a reader would see them written. */
  names: readonly string[];
  /** Probability that a word slot holds a company name instead. */
  mentionRate?: number;
}

export function newsText({ length, seed, names, mentionRate = 1 / 40 }: NewsTextOptions): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  const push = (part: string) => {
    parts.push(part);
    size += part.length;
  };
  while (size < length) {
    push(headline(random, names));
    push('\n\n');
    const paragraphs = 3 + random.int(6);
    for (let p = 0; p < paragraphs && size < length; p++) {
      const sentences = 2 + random.int(5);
      for (let s = 0; s < sentences; s++) push((s > 0 ? ' ' : '') + sentence(random, names, mentionRate));
      push('\n\n');
    }
  }
  return parts.join('').slice(0, length);
}

function headline(random: Random, names: readonly string[]): string {
  const words = [random.pick(names)];
  const count = 4 + random.int(5);
  for (let i = 0; i < count; i++) words.push(capitalise(random.pick(WORDS)));
  return words.join(' ');
}

function sentence(random: Random, names: readonly string[], mentionRate: number): string {
  const words: string[] = [];
  if (random.chance(0.1)) words.push(random.pick(OPENERS));
  const count = 8 + random.int(18);
  for (let i = 0; i < count; i++) {
    if (random.chance(mentionRate)) words.push(mention(random, names));
    else if (random.chance(0.04)) words.push(figure(random));
    else words.push(random.pick(random.chance(0.4) ? FUNCTION_WORDS : WORDS));
    if (i > 2 && i < count - 2 && random.chance(0.06)) words[words.length - 1] += ',';
  }
  words[0] = capitalise(words[0]);
  let text = words.join(' ');
  if (random.chance(0.12)) text = `“${text},” ${random.pick(names)} ${random.pick(SAYING)}`;
  return text + (random.chance(0.05) ? '?' : '.');
}

function mention(random: Random, names: readonly string[]): string {
  const name = random.pick(names);
  const roll = random.next();
  // Possessives, both apostrophes, are how news most often attaches a name to a fact.
  if (roll < 0.1) return `${name}'s`;
  if (roll < 0.15) return `${name}’s`;
  if (roll < 0.2) return `(${name})`;
  return name;
}

function figure(random: Random): string {
  const roll = random.next();
  if (roll < 0.4) return `$${1 + random.int(900)}.${random.int(10)} billion`;
  if (roll < 0.7) return `${random.int(100)}%`;
  return String(1990 + random.int(36));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
