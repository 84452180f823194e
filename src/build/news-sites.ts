import { readFileSync } from 'node:fs';

export const NEWS_SITES_FILE = new URL('../data/news-sites.txt', import.meta.url);

/** The bundled news sites: one registrable domain per line, `#` comments and blank lines ignored. */
export function readNewsSites(file: URL | string = NEWS_SITES_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Match patterns for a domain and its subdomains, on http and https. */
export function matchPatternsFor(domains: string[]): string[] {
  return domains.map((domain) => `*://*.${domain}/*`);
}
