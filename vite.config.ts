import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { loadDatasetOrThrow } from './src/cli/dataset-files';
import { compileNameTable } from './src/core/index';

type Target = 'chrome' | 'firefox';

const GENERATED = resolve('node_modules/.stakes-build');

/**
 * Compiles `src/data` into the two files the extension imports: the name
 * table (all the content script needs) and the full dataset (for the popup and
 * options). Written to disk and aliased, rather than served as virtual
 * modules, because crxjs builds standalone content scripts without our
 * plugins. Any dataset error fails the build, naming file, entry and field.
 */
function compileDataset(): Record<string, string> {
  const dataset = loadDatasetOrThrow();
  mkdirSync(GENERATED, { recursive: true });
  const names = join(GENERATED, 'names.json');
  const full = join(GENERATED, 'dataset.json');
  writeFileSync(names, JSON.stringify(compileNameTable(dataset)));
  writeFileSync(full, JSON.stringify(dataset));
  return { 'virtual:stakes/names': names, 'virtual:stakes/dataset': full };
}

/** One top-level manifest for both browsers; each build keeps only the keys its browser reads. */
function manifestFor(target: Target): ManifestV3Export {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  manifest.version = version;
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.background.scripts;
  } else {
    delete manifest.minimum_chrome_version;
    delete manifest.background.service_worker;
  }
  return manifest;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    resolve: { alias: compileDataset() },
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // A self-contained content script needs no loader and no web-accessible resources.
        contentScripts: { standaloneFiles: ['src/extension/content/index.ts'] },
      }),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome116',
      minify: true,
      sourcemap: false,
      // The popup and options pages are local files; splitting them into shared chunks gains nothing.
      modulePreload: false,
    },
  };
});
