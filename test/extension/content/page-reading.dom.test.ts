// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { compileNameTable, Matcher } from '../../../src/core/index';
import type { PageCandidate } from '../../../src/extension/messages';
import { PageScanner } from '../../../src/extension/content/page-scanner';
import { summarizePage } from '../../../src/extension/content/page-summary';
import { SliceClock } from '../../../src/extension/content/scheduling';
import { smallDataset } from '../../core/fixtures';

/**
 * The content script's page reading — visible text, article regions, shadow
 * roots, mutation batching — on a DOM implementation (happy-dom), in seconds
 * and without a browser. The background's side is played by the real core
 * matcher, as the background runs it; only CSS visibility needs a real
 * browser (checked in test/e2e/page-reading.test.ts).
 */

const matcher = new Matcher(compileNameTable(smallDataset()));
let sent: string[] = [];
/** The background's answer to a match request: the same core matcher, ids instead of indices. */
async function matchInBackground(text: string): Promise<PageCandidate[]> {
  sent.push(text);
  return matcher.findCandidates(text).map(({ start, end, entity, name, weak }) => ({ start, end, id: matcher.entityId(entity), weak, ...((matcher.nameFlags(name) & 2) !== 0 ? { former: matcher.nameText(name) } : {}) }));
}

let observed: Node[] = [];
const newScanner = () => new PageScanner(matchInBackground, document, (root) => observed.push(root));

async function read(scanner: PageScanner) {
  while (scanner.pending) {
    const clock = new SliceClock();
    await scanner.update(clock);
    clock.end();
  }
  return summarizePage(scanner.blocks);
}

const counts = (summary: Awaited<ReturnType<typeof read>>) => Object.fromEntries(summary.companies.map((company) => [company.id, [company.count, company.inArticle]]));

beforeEach(() => {
  document.body.innerHTML = '';
  sent = [];
  observed = [];
});

describe('page reading (content script, on happy-dom)', () => {
  it('reads visible text only: no scripts, styles, form fields, hidden or aria-hidden elements, editable regions', async () => {
    document.body.innerHTML = `
      <article><h1>OpenAI and Meta</h1>
        <p>OpenAI said Meta Platforms Inc. would help.</p>
        <script>var x = "Nestlé";</script><style>.Nestlé{}</style>
        <p hidden>Nestlé is hidden</p><p aria-hidden="true">Nestlé is decoration</p>
        <textarea>Nestlé typed by the reader</textarea><div contenteditable="true">Nestlé in an editor</div>
      </article>`;
    const summary = await read(newScanner());
    expect(counts(summary)).toEqual({ openai: [2, 2], meta: [2, 2] });
    expect(sent.join(' ')).not.toContain('Nestlé');
  });

  it('tells the story from navigation, asides, footers and related-stories widgets', async () => {
    document.body.innerHTML = `
      <nav><a href="/">Nestlé deals</a></nav>
      <main><article><h1>Scale AI grows</h1><p>${'Scale AI works with OpenAI on data. '.repeat(4)}</p></article>
        <aside><p>Also read: AT&amp;T results</p></aside>
        <div class="related-stories"><p>Amazon.com opens a store</p></div></main>
      <footer>© Nestlé S.A. sponsor</footer>`;
    const summary = await read(newScanner());
    const byId = counts(summary);
    expect(byId['scale-ai']).toEqual([5, 5]);
    expect(byId.openai).toEqual([4, 4]);
    expect(byId['at-t']).toEqual([1, 0]);
    expect(byId.amazon).toEqual([1, 0]);
    expect(byId.nestle).toEqual([2, 0]);
  });

  it('finds a name across inline elements, but never across two paragraphs', async () => {
    document.body.innerHTML = '<p id="deal">The deal gives Meta 49% of <b>Scale</b> AI.</p><p id="split">Scale</p><p>AI</p>';
    const scanner = newScanner();
    const summary = await read(scanner);
    const spans = (id: string) =>
      scanner.blocks
        .get(document.getElementById(id)!)!
        .candidates.filter((c) => c.id === 'scale-ai')
        .map((c) => c.end - c.start);
    expect(spans('deal')).toEqual(['Scale AI'.length]);
    // "Scale" alone is the short name (confirmed by the plain mention above), never "Scale" + "AI" across paragraphs.
    expect(spans('split')).toEqual(['Scale'.length]);
    expect(counts(summary)['scale-ai']).toEqual([2, 2]);
  });

  it('reads open shadow roots and observes them for changes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>OpenAI inside a web component</p>';
    const scanner = newScanner();
    const summary = await read(scanner);
    expect(counts(summary)).toEqual({ openai: [1, 1] });
    expect(observed).toContain(host.shadowRoot);
  });

  it('records changes cheaply and rescans only what changed, in one batch', async () => {
    document.body.innerHTML = '<article><p id="first">OpenAI opens an office.</p></article>';
    const scanner = newScanner();
    await read(scanner);
    sent = [];
    const observer = new MutationObserver((mutations) => scanner.record(mutations));
    observer.observe(document, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] });
    const added = document.createElement('p');
    added.textContent = 'Meta Platforms Inc. answers.';
    document.querySelector('article')!.append(added);
    document.getElementById('first')!.textContent = 'Nestlé opens an office.';
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(scanner.pending).toBe(true);
    const summary = await read(scanner);
    expect(counts(summary)).toEqual({ meta: [1, 1], nestle: [1, 1] });
    // Only the changed and added blocks went to the background, together.
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('OpenAI');
  });

  it('drops what became hidden and reads what was unhidden', async () => {
    document.body.innerHTML = '<article><p id="a">OpenAI one.</p><p id="b" hidden>Nestlé two.</p></article>';
    const scanner = newScanner();
    expect(counts(await read(scanner))).toEqual({ openai: [1, 1] });
    const observer = new MutationObserver((mutations) => scanner.record(mutations));
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] });
    document.getElementById('a')!.setAttribute('hidden', '');
    document.getElementById('b')!.removeAttribute('hidden');
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(counts(await read(scanner))).toEqual({ nestle: [1, 1] });
  });

  it('starts over on reset (a new single-page-app route)', async () => {
    document.body.innerHTML = '<p>OpenAI</p>';
    const scanner = newScanner();
    await read(scanner);
    document.body.innerHTML = '<p>Nestlé</p>';
    scanner.reset();
    expect(counts(await read(scanner))).toEqual({ nestle: [1, 1] });
  });

  it('counts a weak common name only when the page names the company plainly elsewhere', async () => {
    document.body.innerHTML = '<article><p>Apple pie is a dessert.</p></article>';
    expect(counts(await read(newScanner()))).toEqual({});
    document.body.innerHTML = '<article><p>Apple said sales rose.</p><p>Shares of Apple fell.</p></article>';
    expect(counts(await read(newScanner())).apple).toEqual([2, 2]);
  });
});
