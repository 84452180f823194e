import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/dataset-files';
import { matchPatternsFor, readNewsSites } from '../../src/build/news-sites';

const sites = readNewsSites();
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('the bundled news-site list', () => {
  it('holds a few hundred domains, each a bare lower-case host', () => {
    expect(sites.length).toBeGreaterThanOrEqual(250);
    expect(sites.filter((site) => !DOMAIN.test(site))).toEqual([]);
  });

  it('is sorted and has no duplicates', () => {
    expect(sites).toEqual([...new Set(sites)].sort());
  });

  it('covers the website of every news outlet in the dataset', () => {
    const { dataset } = loadDataset();
    const hosts = dataset.entities.filter((entity) => entity.kind === 'outlet' && entity.website).map((entity) => new URL(entity.website!).hostname.replace(/^www\./, ''));
    const covered = (host: string) => sites.some((site) => host === site || host.endsWith(`.${site}`));
    expect(hosts.filter((host) => !covered(host))).toEqual([]);
  });

  it('becomes match patterns that include subdomains', () => {
    expect(matchPatternsFor(['nytimes.com'])).toEqual(['*://*.nytimes.com/*']);
  });
});
