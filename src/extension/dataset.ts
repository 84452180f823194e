import { StoreReader, type StoreMeta } from '../core/index';
import browser from './browser-api';

/**
 * The bundled dataset, read on demand from the build's `data/` files: an
 * extension page loads the shards of the companies it shows, the name list
 * when the reader searches, and nothing else.
 */
declare const __STAKES_STORE_META__: StoreMeta | undefined;

export const datasetStore = new StoreReader(
  async (path) => {
    const response = await fetch(browser.runtime.getURL(`data/${path}`));
    if (!response.ok) throw new Error(`Stakes could not read its bundled ${path} (${response.status})`);
    return response.text();
  },
  // Built in by vite.config.ts (the same bytes as data/meta.json); absent in unit tests.
  typeof __STAKES_STORE_META__ === 'object' ? __STAKES_STORE_META__ : undefined,
);
