import type { Source } from './dataset-types';

/**
 * The shorthand for the most common citation: `{"wikipedia": "Scale_AI"}`
 * stands for the English Wikipedia article of that name. It is expanded when
 * the dataset is loaded and written back wherever a source is exactly its
 * expansion, so curators read and write one short line per reference.
 */
export interface WikipediaShorthand {
  wikipedia: string;
}

export const WIKIPEDIA_URL = 'https://en.wikipedia.org/wiki/';

/** An article name as it appears in its URL: no spaces, nothing before or after. */
const ARTICLE = /^[^\s_][^\s]*$/;

export function isWikipediaShorthand(value: unknown): value is WikipediaShorthand {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && 'wikipedia' in value;
}

export function isWikipediaArticleName(value: unknown): value is string {
  return typeof value === 'string' && ARTICLE.test(value) && !value.endsWith('_') && !value.includes('__');
}

/** `{"wikipedia": "Scale_AI"}` → Wikipedia, "Scale AI", https://en.wikipedia.org/wiki/Scale_AI, a reference work. */
export function expandWikipedia(article: string): Source {
  return { publisher: 'Wikipedia', title: article.replace(/_/g, ' '), url: `${WIKIPEDIA_URL}${article}`, kind: 'reference' };
}

/** The shorthand for a source that is exactly an expansion, else the source unchanged. */
export function compactSource<T>(source: T): T | WikipediaShorthand {
  if (typeof source !== 'object' || source === null) return source;
  const record = source as Record<string, unknown>;
  if (record.publisher !== 'Wikipedia' || typeof record.title !== 'string') return source;
  const article = record.title.replace(/ /g, '_');
  if (!isWikipediaArticleName(article)) return source;
  const expansion = expandWikipedia(article) as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== Object.keys(expansion).length) return source;
  return keys.every((key) => record[key] === expansion[key]) ? { wikipedia: article } : source;
}
