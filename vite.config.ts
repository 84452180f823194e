import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { matchPatternsFor, readNewsSites } from './src/cli/news-sites.ts';

type Target = 'chrome' | 'firefox';

/** Written by `src/build/compile-dataset.ts`, which `npm run build` runs first. */
const GENERATED = resolve('node_modules/.stakes-build');
const DATASET_ALIASES = {
  'virtual:stakes/names': join(GENERATED, 'names.json'),
  'virtual:stakes/dataset': join(GENERATED, 'dataset.json'),
};

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
    resolve: { alias: DATASET_ALIASES },
    plugins: [
      crx({
        manifest: manifestFor(target, endToEnd),
        browser: target,
        // A self-contained content script needs no loader and no web-accessible resources.
        contentScripts: { standaloneFiles: ['src/extension/content/index.ts'] },
      }),
    ],
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
