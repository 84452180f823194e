import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { NameTable } from '../../src/core/name-table';
import type { PageBench } from './page-entry';
import type { StartupTiming } from './startup';
import type { TextPlan, ThroughputReport } from './throughput';

type PageGlobal = { stakesBench: PageBench };

const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

/** A compiled index to load in the page, and the names its start-up text mentions. */
export interface StartupCase {
  indexBase64: string;
  names: string[];
}

export interface ChromiumReport {
  version: string;
  /** Bytes of the injected bundle (matcher plus benchmark code, unminified). */
  bundleBytes: number;
  /** Per start-up case, in the order given. */
  startup: StartupTiming[];
  throughput: ThroughputReport;
}

/**
 * Runs the start-up and throughput measurements inside headless Chromium:
 * the matcher is bundled from source with esbuild, injected into a blank
 * page, and fed the same name table and compiled indexes; the page builds
 * the same seeded texts.
 */
export async function benchInChromium(tableJson: string, plans: readonly TextPlan[], startupCases: readonly StartupCase[], startupTextLength: number, startupRuns: number): Promise<ChromiumReport> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./page-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome116',
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    // Start-up first, while the page's code is still cold, as on a real page load.
    // The callbacks run in the page, so they reach the bundle through its global, not a closure.
    const startup: StartupTiming[] = [];
    for (const { indexBase64, names } of startupCases) {
      startup.push(
        await page.evaluate(({ indexBase64, names, length, runs }) => (globalThis as unknown as PageGlobal).stakesBench.measureStartup(indexBase64, names, length, runs), {
          indexBase64,
          names,
          length: startupTextLength,
          runs: startupRuns,
        }),
      );
    }
    const throughput = await page.evaluate(({ json, plans }) => (globalThis as unknown as PageGlobal).stakesBench.runThroughput(JSON.parse(json) as NameTable, plans), { json: tableJson, plans: [...plans] });
    return { version: browser.version(), bundleBytes: code.length, startup, throughput };
  } finally {
    await browser.close();
  }
}
