import { useEffect, useState } from 'preact/hooks';
import type { DatasetIndex, NameSearch, StoreMeta } from '../../core/index';
import { datasetStore } from '../dataset';

/**
 * The facts of these companies and of everything they are tied to, loaded
 * from the store; undefined while loading. The previous index stays shown
 * until the new one is ready, so a live page update does not flash.
 */
export function useDatasetIndex(ids: readonly string[]): DatasetIndex | undefined {
  // Already built (the popup builds its page's index before it shows the list): the first frame has it.
  const [index, setIndex] = useState<DatasetIndex | undefined>(() => datasetStore.cachedIndex(ids));
  const key = ids.join(' ');
  useEffect(() => {
    let current = true;
    void datasetStore.index(ids).then(
      (loaded) => current && setIndex(loaded),
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return index;
}

export function useStoreMeta(): StoreMeta | undefined {
  const [meta, setMeta] = useState<StoreMeta>();
  useEffect(() => {
    void datasetStore.meta().then(setMeta, (error: unknown) => console.error(error));
  }, []);
  return meta;
}

/** The name list, loaded when `wanted` first becomes true (the reader starts typing). */
export function useNameSearch(wanted: boolean): NameSearch | undefined {
  const [search, setSearch] = useState<NameSearch>();
  useEffect(() => {
    if (wanted && !search) void datasetStore.search().then(setSearch, (error: unknown) => console.error(error));
  }, [wanted]);
  return search;
}
