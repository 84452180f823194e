import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/build/dataset-files';
import { isOrdinaryWord } from '../../src/build/ordinary-words';
import { compileNameTable, Matcher, summarizeMentions } from '../../src/core/index';
import { CORPUS_DIR, corpusFiles, parseMarked, readCorpus } from './build-corpus';

/**
 * The project's own development texts (sectors and countries the shared
 * corpus lacks: supermarkets, airlines, regional banks, African energy,
 * India, Australia, Latin America), scored the way ../shared/eval/score.mjs
 * scores: a mention is found when a detected span overlaps it.
 */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Floors for the dataset as it stands; raise them as coverage grows, never lower them to pass. */
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.9;

describe('the marked corpus', () => {
  it('turns marks into text and spans whose text is exactly what the span covers', () => {
    const { text, gold } = parseMarked('[[Tesco PLC|Tesco]] and [[Argos]]; {{Next|a word}} year.', 'a.txt');
    expect(text).toBe('Tesco PLC and Argos; Next year.');
    expect(gold.companies).toEqual([
      { name: 'Tesco', mentions: [{ start: 0, end: 9, text: 'Tesco PLC' }] },
      { name: 'Argos', mentions: [{ start: 14, end: 19, text: 'Argos' }] },
    ]);
    expect(gold.traps).toEqual([{ start: 21, end: 25, text: 'Next', why: 'a word' }]);
    expect(() => parseMarked('[[Tesco', 'b.txt')).toThrow('b.txt');
  });

  it('has generated files that match the marked articles (edit marked/, then npm run corpus)', () => {
    for (const [path, content] of corpusFiles()) expect([path, readFileSync(join(CORPUS_DIR, path), 'utf8')]).toEqual([path, content]);
  });
});

describe('detection on the project’s own texts', () => {
  const dataset = loadDatasetOrThrow();
  const matcher = new Matcher(compileNameTable(dataset, isOrdinaryWord));
  let detected = 0;
  let correct = 0;
  let gold = 0;
  let found = 0;
  const falsePositives: string[] = [];
  const trapHits: string[] = [];
  for (const { file, text, gold: annotations } of readCorpus()) {
    const mentions = summarizeMentions(matcher.scan(text), matcher).flatMap((company) => company.mentions);
    const goldMentions = annotations.companies.flatMap((company) => company.mentions);
    for (const mention of mentions) {
      detected++;
      if (goldMentions.some((g) => overlaps(mention, g))) correct++;
      else falsePositives.push(`${file}: ${text.slice(mention.start, mention.end)}`);
      if (annotations.traps.some((trap) => overlaps(mention, trap))) trapHits.push(`${file}: ${text.slice(mention.start, mention.end)}`);
    }
    for (const g of goldMentions) {
      gold++;
      if (mentions.some((mention) => overlaps(mention, g))) found++;
    }
  }

  it(`finds no trap and keeps precision ≥ ${MIN_PRECISION}`, () => {
    expect(trapHits).toEqual([]);
    expect(falsePositives.length <= detected * (1 - MIN_PRECISION) ? [] : falsePositives).toEqual([]);
    expect(correct / detected).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it(`finds ≥ ${MIN_RECALL * 100}% of the company mentions`, () => {
    expect(found / gold).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
