import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetIndex, RELATIONSHIP_TYPES, type RelationshipType } from '../../src/core/index';
import type { PageScan } from '../../src/extension/messages';
import { escapeMarkdown, pageAsMarkdown, pageAsText } from '../../src/extension/popup/copy-text';
import { boxOf, estimateTextWidth } from '../../src/extension/popup/graph-layout';
import { buildGraph, MAX_NODES } from '../../src/extension/popup/graph-model';
import { translatorFor } from '../../src/extension/shared/message-format';
import { buildPageView, mentionsInArticle } from '../../src/extension/popup/page-view';
import { parseReportDestination, REPORT_DESTINATION, reportBody, reportLink } from '../../src/extension/popup/report-text';
import { index } from './fixture-dataset';

const t = translatorFor(JSON.parse(readFileSync('src/extension/public/_locales/en/messages.json', 'utf8')));
const tDe = translatorFor(JSON.parse(readFileSync('src/extension/public/_locales/de/messages.json', 'utf8')));
const ALL = new Set<RelationshipType>(RELATIONSHIP_TYPES);

const scan = (companies: { id: string; count: number; inArticle?: number }[]): PageScan => ({
  url: 'https://news.example/openai-scale',
  // Scans from before `inArticle` existed lack it; the cast lets the tests say so.
  companies: companies.map((company) => ({ formerNames: [], ...company }) as PageScan['companies'][number]),
  textLength: 1000,
  scannedAt: 1,
});

describe('buildPageView', () => {
  it('puts article companies first and the rest under "also on this page", keeping the scan order', () => {
    const view = buildPageView(
      scan([
        { id: 'meta', count: 6, inArticle: 0 },
        { id: 'scale-ai', count: 5, inArticle: 5 },
        { id: 'openai', count: 3, inArticle: 2 },
        { id: 'unknown-co', count: 9 },
      ]),
      index,
      ALL,
    );
    expect(view.article.map((company) => company.entity.id)).toEqual(['scale-ai', 'openai']);
    expect(view.elsewhere.map((company) => company.entity.id)).toEqual(['meta']);
  });

  it('counts every company as in the article when the scan predates inArticle', () => {
    expect(mentionsInArticle({ id: 'meta', count: 4, formerNames: [] } as unknown as PageScan['companies'][number])).toBe(4);
    const view = buildPageView(
      scan([
        { id: 'meta', count: 6 },
        { id: 'scale-ai', count: 5 },
      ]),
      index,
      ALL,
    );
    expect(view.article).toHaveLength(2);
    expect(view.elsewhere).toHaveLength(0);
  });

  it('shows only the relationship types the reader chose', () => {
    const view = buildPageView(
      scan([
        { id: 'meta', count: 6 },
        { id: 'scale-ai', count: 5 },
        { id: 'openai', count: 3 },
      ]),
      index,
      new Set(['customer-of']),
    );
    expect(view.connections.map((fact) => fact.fullSentence)).toEqual(['OpenAI ended its contracts with Scale AI (2020 – Jun 2025)']);
    expect(view.article.flatMap((company) => company.facts.map((fact) => fact.relationship.type))).toEqual(['customer-of', 'customer-of']);
  });
});

/** Pairs of label or node boxes that overlap, by the same width estimate the layout used. */
function overlappingBoxes(graph: ReturnType<typeof buildGraph>): string[] {
  const boxes = [
    ...graph.nodes.map((node) => ({ id: node.id, ...boxOf({ ...node, labelWidth: estimateTextWidth(node.name, node.onPage) + 4 }) })),
    ...graph.edges.filter((edge) => edge.label).map((edge) => ({ id: `edge ${edge.key}`, left: edge.labelX - edge.labelWidth / 2, right: edge.labelX + edge.labelWidth / 2, top: edge.labelY - 8.5, bottom: edge.labelY + 8.5 })),
  ];
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) found.push(`${a.id} × ${b.id}`);
    }
  return found;
}

describe('buildGraph', () => {
  const graph = buildGraph(['scale-ai', 'meta', 'openai'], index, ALL, 'en', t);

  it('has the page companies and their direct owners, investors and partners', () => {
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['scale-ai', 'meta', 'openai', 'accel', 'microsoft', 'long', 'mark-zuckerberg']));
    expect(graph.nodes.filter((node) => node.onPage).map((node) => node.id)).toEqual(['scale-ai', 'meta', 'openai']);
    expect(ids.length).toBeLessThanOrEqual(MAX_NODES);
  });

  it('labels edges with the share, the amount or when the tie ended', () => {
    const label = (a: string, b: string) => graph.edges.find((edge) => edge.key === [a, b].sort().join('|'))?.label;
    expect(label('meta', 'scale-ai')).toBe('49%');
    expect(label('microsoft', 'openai')).toBe('$13B');
    expect(label('openai', 'scale-ai')).toBe('ended 2025');
    expect(label('long', 'openai')).toBe('');
    expect(graph.edges.find((edge) => edge.key === 'meta|scale-ai')!.betweenPageCompanies).toBe(true);
  });

  it('is deterministic, keeps nodes inside the drawing, and shows full names that overlap nothing', () => {
    expect(buildGraph(['scale-ai', 'meta', 'openai'], index, ALL, 'en', t)).toEqual(graph);
    for (const node of graph.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(graph.width);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(graph.height);
      expect(node.label).toBe(node.name);
    }
    expect(graph.nodes.find((node) => node.id === 'long')!.label).toBe('An Exceptionally Long Company Name Holdings');
    expect(overlappingBoxes(graph)).toEqual([]);
  });

  it('lays out a busy page of twenty companies with no label over another label or a node', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `company-${i}`);
    const names = ['Alphabet', 'Warner Bros. Discovery', 'Paramount Skydance', 'Berkshire Hathaway', 'Meta', 'Nvidia', 'Taiwan Semiconductor Manufacturing', 'Saudi Aramco', 'LVMH', 'Toyota Motor'];
    const busy = new DatasetIndex({
      version: 'test',
      asOf: '2026-12',
      entities: [...ids.map((id, i) => ({ id, name: `${names[i % names.length]}${i >= names.length ? ' Holdings' : ''}`, kind: 'company' as const })), { id: 'owner', name: 'A Sovereign Wealth Fund', kind: 'fund' as const }],
      relationships: [
        ...ids.slice(1).map((id, i) => ({ subject: ids[(i * 3) % ids.length], type: 'owns-stake' as const, object: id, share: 10 + i, status: 'active' as const, sources: [{ publisher: 'P', title: 'T' }], asOf: '2026-12' })),
        ...ids.slice(0, 6).map((id) => ({ subject: 'owner', type: 'invested-in' as const, object: id, amount: { value: 1e9, currency: 'USD' }, status: 'active' as const, sources: [{ publisher: 'P', title: 'T' }], asOf: '2026-12' })),
      ].filter((relationship) => relationship.subject !== relationship.object),
      notCompanies: [],
    });
    const drawing = buildGraph(ids, busy, ALL, 'en', t);
    expect(drawing.nodes.filter((node) => node.onPage).length).toBe(20);
    expect(drawing.nodes.every((node) => node.label === node.name)).toBe(true);
    expect(overlappingBoxes(drawing)).toEqual([]);
    expect(drawing.edges.some((edge) => edge.label !== '')).toBe(true);
  });

  it('draws nothing when there is nothing to connect, and respects the chosen types', () => {
    expect(buildGraph(['scale-ai'], index, new Set(), 'en', t).nodes).toEqual([]);
    const onlyStakes = buildGraph(['scale-ai', 'meta', 'openai'], index, new Set(['owns-stake']), 'en', t);
    expect(onlyStakes.edges.map((edge) => edge.key)).toEqual(['meta|scale-ai']);
  });

  it('labels in the reader’s language and number format', () => {
    const german = buildGraph(['scale-ai', 'meta', 'openai'], index, ALL, 'de', tDe);
    expect(german.edges.find((edge) => edge.key === 'openai|scale-ai')!.label).toBe('beendet 2025');
    expect(german.edges.find((edge) => edge.key === 'meta|scale-ai')!.label).toBe('49\u00a0%');
  });
});

describe('copy text', () => {
  const view = buildPageView(
    scan([
      { id: 'scale-ai', count: 8, inArticle: 8 },
      { id: 'meta', count: 6, inArticle: 6 },
      { id: 'openai', count: 1, inArticle: 0 },
    ]),
    index,
    ALL,
  );
  const context = { pageUrl: 'https://news.example/openai-scale', datasetVersion: '2025.11.0', asOf: '2025-11', locale: 'en', t, nameOf: index.nameOf };

  it('writes plain text with each tie’s source', () => {
    expect(pageAsText(view, context)).toBe(
      [
        'Companies on this page',
        'https://news.example/openai-scale',
        '',
        'How they connect',
        '- Meta owns 49% of Scale AI (since Jun 2025) (checked Dec 2026)',
        '  Source: IBTimes, “Meta invests $14.3B for a 49% stake in Scale AI”, Jun 2025 https://www.ibtimes.com/meta-invests-143b-49-stake-scale-ai-boost-ai-capabilities-3775513',
        '- OpenAI ended its contracts with Scale AI (2020 – Jun 2025) (not yet re-checked)',
        '  Source: Wikipedia, “Scale AI”, Nov 2025 https://en.wikipedia.org/wiki/Scale_AI',
        '',
        'In the article',
        '- Scale AI (8 mentions)',
        '- Meta (6 mentions)',
        '',
        'Also on this page',
        '- OpenAI (1 mention)',
        '',
        'From the Stakes dataset 2025.11.0, facts as of Nov 2025.',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown with linked sources and escaped names', () => {
    expect(pageAsMarkdown(view, context)).toBe(
      [
        '## Companies on this page',
        '',
        '<https://news.example/openai-scale>',
        '',
        '### How they connect',
        '',
        '- Meta owns 49% of Scale AI \\(since Jun 2025\\) (checked Dec 2026) — Source: [IBTimes, “Meta invests $14.3B for a 49% stake in Scale AI”, Jun 2025](https://www.ibtimes.com/meta-invests-143b-49-stake-scale-ai-boost-ai-capabilities-3775513)',
        '- OpenAI ended its contracts with Scale AI \\(2020 – Jun 2025\\) (not yet re-checked) — Source: [Wikipedia, “Scale AI”, Nov 2025](https://en.wikipedia.org/wiki/Scale_AI)',
        '',
        '### In the article',
        '',
        '- **Scale AI** (8 mentions)',
        '- **Meta** (6 mentions)',
        '',
        '### Also on this page',
        '',
        '- **OpenAI** (1 mention)',
        '',
        '*From the Stakes dataset 2025.11.0, facts as of Nov 2025.*',
        '',
      ].join('\n'),
    );
  });

  it('never lets data become Markdown markup or a non-https link', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) *bold* <img>')).toBe('\\[click\\]\\(javascript:alert\\(1\\)\\) \\*bold\\* \\<img\\>');
    expect(pageAsMarkdown(view, { ...context, pageUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });
});

describe('report', () => {
  const input = { companyName: 'Scale AI', fact: 'Meta owns 49% of Scale AI', correction: 'It is 49% non-voting.', datasetVersion: '2025.11.0', extensionVersion: '0.1.0' };

  it('includes the page address only when given (the reader ticked the box)', () => {
    expect(reportBody(input, t)).not.toContain('Page:');
    expect(reportBody({ ...input, pageUrl: 'https://news.example/a' }, t)).toContain('Page: https://news.example/a');
  });

  it('builds a mailto: link with the report as its body when the build names an address', () => {
    const link = new URL(reportLink(input, t, parseReportDestination('facts@example.org'))!);
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('facts@example.org');
    expect(link.searchParams.get('subject')).toBe('Stakes: a fact about Scale AI');
    expect(link.searchParams.get('body')).toBe(reportBody(input, t));
  });

  it('prefills a form or tracker URL, keeping its own parameters', () => {
    const link = new URL(reportLink(input, t, parseReportDestination('https://github.com/example/stakes/issues/new?labels=fact'))!);
    expect(link.origin + link.pathname).toBe('https://github.com/example/stakes/issues/new');
    expect(link.searchParams.get('labels')).toBe('fact');
    expect(link.searchParams.get('title')).toBe('Stakes: a fact about Scale AI');
    expect(link.searchParams.get('body')).toBe(reportBody(input, t));
  });

  it('pretends nothing without a destination, and refuses a bad one at build time', () => {
    expect(REPORT_DESTINATION).toEqual({ kind: 'none' });
    expect(reportLink(input, t, parseReportDestination(undefined))).toBeUndefined();
    expect(parseReportDestination('  ')).toEqual({ kind: 'none' });
    for (const bad of ['http://example.org/report', 'javascript:alert(1)', 'not an address', 'a@b']) expect(() => parseReportDestination(bad), bad).toThrow(/STAKES_REPORT_TO/);
  });
});
