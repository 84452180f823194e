import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { matchPatternsFor, readNewsSites } from './src/build/news-sites.ts';
import { parseReportDestination } from './src/extension/popup/report-text.ts';

type Target = 'chrome' | 'firefox';

/** Written by `src/build/compile-dataset.ts`, which `npm run build` runs first. */
const STORE = resolve('node_modules/.stakes-build/store');

/**
 * Ships the compiled dataset store as plain files under `data/` in each
 * build: the background and extension pages fetch what they need from there;
 * no script imports the dataset, so no bundle carries it.
 */
function bundledStore(): Plugin {
  return {
    name: 'stakes-store',
    generateBundle() {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
      let files: string[];
      try {
        files = walk(STORE);
      } catch {
        this.error('No compiled dataset: run `tsx src/build/compile-dataset.ts` first (npm run build does).');
      }
      // In watch mode (npm run dev), a recompiled dataset rebuilds the extension.
      for (const file of files) this.addWatchFile(file);
      for (const file of files) this.emitFile({ type: 'asset', fileName: `data/${relative(STORE, file).split('\\').join('/')}`, source: readFileSync(file) });
    },
  };
}

/**
 * One top-level manifest for both browsers; each build keeps only the keys
 * its browser reads. The end-to-end build (`--mode chrome-e2e`) also reads the
 * test server at 127.0.0.1 by itself and may be asked to scan localhost, the
 * stand-in for "any other site"; the shipped builds never do.
 */
function manifestFor(target: Target, endToEnd: boolean): ManifestV3Export {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  manifest.version = version;
  // The bundled news sites, where Stakes reads pages without a click.
  const newsSites = matchPatternsFor(readNewsSites());
  manifest.content_scripts[0].matches = endToEnd ? [...newsSites, 'http://127.0.0.1/*'] : newsSites;
  manifest.host_permissions = endToEnd ? [...newsSites, 'http://127.0.0.1/*', 'http://localhost/*'] : newsSites;
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.background.scripts;
  } else {
    delete manifest.minimum_chrome_version;
    delete manifest.background.service_worker;
  }
  return manifest;
}

/** Unit tests run the core and CLI in Node; end-to-end tests drive the built extension in real browsers. */
const testConfig = {
  projects: [
    { test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'], environment: 'node' } },
    {
      test: {
        name: 'e2e',
        include: ['test/e2e/**/*.test.ts'],
        environment: 'node',
        testTimeout: 120_000,
        hookTimeout: 120_000,
        // Two browsers at once would fight over the machine's two cores and skew timings.
        fileParallelism: false,
      },
    },
  ],
};

export default defineConfig(({ mode }) => {
  if (process.env.VITEST) return { test: testConfig };
  const target: Target = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const endToEnd = mode.endsWith('-e2e');
  return {
    plugins: [
      bundledStore(),
      crx({
        manifest: manifestFor(target, endToEnd),
        browser: target,
        // A self-contained content script needs no loader and no web-accessible resources.
        contentScripts: { standaloneFiles: ['src/extension/content/index.ts'] },
      }),
    ],
    // Where "Report a wrong or missing fact" sends the reader (an e-mail address or an https form URL);
    // unset, the report is only composed for the reader to copy. Checked here so a bad value fails the build.
    // The store's small index file (version, counts, shard count), built in: every extension page needs it first.
    define: { __STAKES_STORE_META__: readFileSync(join(STORE, 'meta.json'), 'utf8'), __STAKES_REPORT_TO__: JSON.stringify(parseReportDestination(process.env.STAKES_REPORT_TO).kind === 'none' ? '' : process.env.STAKES_REPORT_TO!.trim()) },
    // Copied as is to the root of each build: _locales/ for browser.i18n.
    publicDir: 'src/extension/public',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      // STAKES_OUT_DIR: the benchmarks' build variants (test/bench/build-variant.ts).
      outDir: process.env.STAKES_OUT_DIR ?? (endToEnd ? `dist/e2e/${target}` : `dist/${target}`),
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome116',
      minify: true,
      sourcemap: false,
      // The popup and options pages are local files; splitting them into shared chunks gains nothing.
      modulePreload: false,
    },
  };
});
