import { readFileSync } from 'node:fs';
import { compileNameTable, DatasetIndex, Matcher, summarizeMentions } from '../core/index';
import { extractHtmlText } from './extract-html-text';
import { loadDatasetOrThrow } from '../build/dataset-files';
import { isOrdinaryWord } from '../build/ordinary-words';

function readInput(path: string): string {
  const raw = path === '-' ? readFileSync(0) : readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  const looksLikeHtml = /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
  return looksLikeHtml ? extractHtmlText(text) : text;
}

export function runScan(args: string[]): number {
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  if (paths.length !== 1) {
    console.error('stakes scan: give one file (.txt or .html) or - for standard input');
    return 2;
  }
  let text: string;
  try {
    text = readInput(paths[0]);
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8 text' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    console.error(`stakes scan: cannot read ${paths[0]}: ${reason}`);
    return 2;
  }
  const dataset = loadDatasetOrThrow();
  const table = compileNameTable(dataset, isOrdinaryWord);
  const index = new DatasetIndex(dataset);
  const matcher = new Matcher(table);
  const companies = summarizeMentions(matcher.scan(text), matcher);
  const onPage = new Set(companies.map((company) => company.id));
  const result = {
    companies: companies.map((company) => ({
      id: company.id,
      name: index.nameOf(company.id),
      mentions: company.mentions.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
      relationships: index.factsFor(company.id, onPage).map((fact) => fact.fullSentence),
    })),
  };
  if (json) {
    console.log(JSON.stringify(result));
    return 0;
  }
  if (companies.length === 0) console.log('No companies found.');
  for (const company of result.companies) {
    console.log(`${company.name} (${company.mentions.length}×)`);
    for (const sentence of company.relationships) console.log(`  - ${sentence}`);
  }
  console.log(`\nDataset ${dataset.version}, as of ${dataset.asOf}.`);
  return 0;
}
