/**
 * `npm run corpus`: turns the marked articles in test/corpus/marked/ into the
 * scorer's layout (texts/<slug>.txt, gold/<slug>.json, canonical.json), the
 * same as ../shared/eval, so `node ../shared/eval/score.mjs --corpus test/corpus`
 * scores them. Offsets are computed, never typed by hand: in a marked article
 * `[[Tesco PLC|Tesco]]` is a mention of the company Tesco written "Tesco PLC"
 * (`[[Argos]]` when the text is the canonical name) and `{{Next|why}}` is a
 * trap, a word that looks like a company but is not one here.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface Gold {
  file: string;
  companies: { name: string; mentions: Span[] }[];
  traps: (Span & { why: string })[];
}

const MARK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{([^}|]+)\|([^}]+)\}\}/g;

/** The plain text of a marked article and its gold annotations. */
export function parseMarked(marked: string, file: string): { text: string; gold: Gold } {
  let text = '';
  let last = 0;
  const companies = new Map<string, Span[]>();
  const traps: Gold['traps'] = [];
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    last = match.index + match[0].length;
    const written = match[1] ?? match[3];
    const span = { start: text.length, end: text.length + written.length, text: written };
    text += written;
    if (match[1] !== undefined) {
      const name = (match[2] ?? match[1]).trim();
      companies.set(name, [...(companies.get(name) ?? []), span]);
    } else traps.push({ ...span, why: match[4].trim() });
  }
  text += marked.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) throw new Error(`${file}: a mark is not closed or has an empty part`);
  return { text, gold: { file, companies: [...companies].map(([name, mentions]) => ({ name, mentions })), traps } };
}

export const CORPUS_DIR = fileURLToPath(new URL('./', import.meta.url));

/** Every marked article, parsed, by file name. */
export function readCorpus(dir = CORPUS_DIR): { file: string; text: string; gold: Gold }[] {
  return readdirSync(join(dir, 'marked'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, ...parseMarked(readFileSync(join(dir, 'marked', file), 'utf8'), file) }));
}

/** What each generated file must hold. */
export function corpusFiles(dir = CORPUS_DIR): Map<string, string> {
  const files = new Map<string, string>();
  const canonical: Record<string, string[]> = {};
  for (const { file, text, gold } of readCorpus(dir)) {
    files.set(join('texts', file), text);
    files.set(join('gold', file.replace(/\.txt$/, '.json')), JSON.stringify(gold, null, 2) + '\n');
    for (const { name, mentions } of gold.companies) canonical[name] = [...new Set([...(canonical[name] ?? []), ...mentions.map((m) => m.text)])].sort();
  }
  const sortedCanonical = Object.fromEntries(Object.entries(canonical).sort(([a], [b]) => (a < b ? -1 : 1)));
  files.set('canonical.json', JSON.stringify(sortedCanonical, null, 2) + '\n');
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of corpusFiles()) {
    mkdirSync(join(CORPUS_DIR, path, '..'), { recursive: true });
    writeFileSync(join(CORPUS_DIR, path), content);
  }
  console.log(`Wrote ${readCorpus().length} articles to ${CORPUS_DIR}texts and gold.`);
}
