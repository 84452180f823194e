import { NameFlag, type Matcher } from '../../core/index';
import { datasetStore } from '../dataset';
import browser from '../browser-api';
import type { EngineStats, MatchReply, PageCandidate } from '../messages';
import { loadNameIndex } from './name-index-loader';
import { STARTED_AT } from './started-at';

/**
 * The heavy half of Stakes, kept in the background (as uBlock Origin keeps
 * its engine): the compiled name index, loaded once per worker life, and the
 * dataset store, read a shard at a time. A service worker may be stopped at
 * any moment; everything here is rebuilt lazily from the bundled files, so the
 * first request after a cold start pays only for loading, not for building.
 */

const dataUrl = (path: string) => browser.runtime.getURL(`data/${path}`);

async function fetchData(path: string): Promise<Response> {
  const response = await fetch(dataUrl(path));
  if (!response.ok) throw new Error(`Stakes could not read its bundled ${path} (${response.status})`);
  return response;
}

/** The dataset, loaded on demand: the background never parses all of it (the same reader as extension pages use). */
export const store = datasetStore;

const stats: EngineStats = { coldStartMs: null, firstRequestMs: null, scriptStartMs: STARTED_AT, loadMs: null, names: 0, entities: 0 };
let matcher: Promise<Matcher> | undefined;

function loadMatcher(): Promise<Matcher> {
  matcher ??= (async () => {
    const started = performance.now();
    const bytes = await fetchData('names.bin').then((response) => response.arrayBuffer());
    const loaded = loadNameIndex(bytes);
    stats.loadMs = performance.now() - started;
    stats.names = loaded.nameCount;
    stats.entities = loaded.entityCount;
    return loaded;
  })();
  // A failed load (the extension was updated under us) is retried by the next request.
  matcher.catch(() => (matcher = undefined));
  return matcher;
}

// Loading starts as soon as the worker does: it is usually woken by a tab starting to load a page,
// well before that page's content script asks, so the index is ready when the first request comes.
void loadMatcher().catch(() => undefined);

/** Candidates in a text from the page, with company ids: the content script knows no names. */
export async function matchText(text: string): Promise<MatchReply> {
  noteRequest();
  const loaded = await loadMatcher();
  const candidates: PageCandidate[] = loaded.findCandidates(text).map(({ start, end, entity, name, weak }) => {
    const candidate: PageCandidate = { start, end, id: loaded.entityId(entity), weak };
    if ((loaded.nameFlags(name) & NameFlag.Former) !== 0) candidate.former = loaded.nameText(name);
    return candidate;
  });
  noteReply();
  return { candidates };
}

/**
 * The worker's clock starts with the worker. The first request of its life
 * is timed from its arrival to its reply: what a cold start costs the page
 * waiting for it (loading the name index or the store included). The worker
 * may have been woken earlier by another event (a tab starting to load).
 */
export function noteRequest(): void {
  stats.firstRequestMs ??= performance.now();
}

export function noteReply(): void {
  stats.coldStartMs ??= performance.now();
}

export function engineStats(): EngineStats {
  return { ...stats };
}
