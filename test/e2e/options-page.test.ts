import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { PopupPage } from './extension-browser';
import { forEachBrowser } from './harness';
import { poll } from './poll';

forEachBrowser('The options page in %s', ({ browser }) => {
  let options: PopupPage;
  const stored = () => browser.extensionEval(`api.storage.sync.get('settings').then((s) => s.settings ?? null)`) as Promise<Record<string, unknown> | null>;

  beforeAll(async () => {
    options = await browser.openOptions();
    await options.waitFor('#highlights');
  });

  it('saves toggles, relationship types and paused sites to storage.sync', async () => {
    await options.click('#highlights');
    await poll(async () => (await stored())?.highlights === false || undefined, 'highlights off in storage.sync');
    await options.click('#hover-cards');
    await poll(async () => (await stored())?.hoverCards === false || undefined, 'hover cards off');
    await options.click('input[name="relationship-type"][value="partner"]');
    await poll(async () => ((await stored())?.relationshipTypes as string[] | undefined)?.includes('partner') === false || undefined, 'partner hidden');
    await options.type('#paused-input', 'https://www.Example.com/news');
    await options.press('Enter');
    await poll(async () => JSON.stringify((await stored())?.pausedSites) === '["example.com"]' || undefined, 'example.com paused');
    await options.waitFor('[data-site="example.com"]');
    const settings = await stored();
    expect(settings).toMatchObject({ version: 1, highlights: false, hoverCards: false, pausedSites: ['example.com'] });
    // A reload reads the same settings back.
    await options.eval('location.reload()');
    await poll(async () => (await options.eval(`document.getElementById('highlights')?.checked === false && !!document.querySelector('[data-site="example.com"]')`)) || undefined, 'the settings after reload');
    await options.click('[data-site="example.com"] button');
    await poll(async () => JSON.stringify((await stored())?.pausedSites) === '[]' || undefined, 'example.com resumed');
  });

  it('shows the dataset’s details', async () => {
    expect(await options.text('.dataset')).toMatch(/Version\s*\d{4}\.\d+\.\d+/);
    expect(await options.text('.dataset')).toContain('Wikipedia');
    // The release's changelog, generated from the difference of the compiled datasets.
    await options.waitFor('.dataset-changes');
    expect(await options.text('#changes-title')).toMatch(/^Changes from \d{4}\.\d+\.\d+ to \d{4}\.\d+\.\d+$/);
    expect(await options.text('.changes-counts')).toMatch(/^[\d,]+ facts added, [\d,]+ ended, [\d,]+ removed, [\d,]+ corrected; [\d,]+ re-checked against a source\.$/);
    expect(await options.text('.changes-added')).toMatch(/Paramount Skydance|Abbott/);
  });

  it('has no accessibility violations (axe-core)', async () => {
    expect(await axeViolations(options)).toEqual([]);
  });
});
