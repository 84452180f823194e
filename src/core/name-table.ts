import type { Dataset, EntityKind } from './dataset-types';
import { entityLabels } from './validate-dataset';
import { tickerVariants } from './exchange-notation';

/** Bits of `NameTable.names[i][2]`. */
export const enum NameFlag {
  /** Also an ordinary word: matched only in its exact case, and trusted only with other evidence. */
  Common = 1,
  /** A name the company no longer uses ("Facebook" for Meta). */
  Former = 2,
  /** An exchange-qualified ticker ("NASDAQ:NVDA"), matched only in that notation. */
  Ticker = 4,
  /**
   * A common name that is also a frequent ordinary word in lower case ("apple",
   * "target"), so a capital at a sentence start or in a headline proves
   * nothing; surnames and places ("Ford", "Oracle") are not.
   */
  OrdinaryWord = 8,
  /** Not a company: a phrase such as an index name, read as one unit so its parts are not reported. */
  Blocker = 16,
}

/** Tells whether a word or phrase is, in lower case, a frequent ordinary English word. */
export type IsOrdinaryWord = (phrase: string) => boolean;

/**
 * The compact list of names the content script needs to find companies: no
 * relationships, no descriptions. Plain arrays so it parses fast as JSON.
 */
export interface NameTable {
  version: string;
  /** Entity ids by entity index; display names live in the full dataset, which the content script never loads. */
  entities: string[];
  /** [entity index, name as written, NameFlag bits]. */
  names: [number, string, number][];
}

/** Kinds a reader would call a company; people and governments are owners, not page mentions. */
const MATCHED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['company', 'outlet', 'fund']);

export function compileNameTable(dataset: Dataset, isOrdinaryWord: IsOrdinaryWord = () => false): NameTable {
  const entities: string[] = [];
  const names: [number, string, number][] = [];
  const sorted = [...dataset.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entity of sorted) {
    if (!MATCHED_KINDS.has(entity.kind)) continue;
    const index = entities.length;
    entities.push(entity.id);
    for (const label of entityLabels(entity)) {
      const ordinary = label.common && isOrdinaryWord(label.name) ? NameFlag.OrdinaryWord : 0;
      names.push([index, label.name, (label.common ? NameFlag.Common : 0) | (label.former ? NameFlag.Former : 0) | ordinary]);
    }
    for (const ticker of entity.tickers ?? []) {
      names.push([index, ticker, NameFlag.Ticker]);
      // Other notations of the same listing ("HKEX:700", "0700.HK"), so one ticker in the dataset finds each.
      const variants = tickerVariants(ticker);
      for (const variant of variants.tickers) names.push([index, variant, NameFlag.Ticker]);
      for (const suffixed of variants.suffixed) names.push([index, suffixed, 0]);
    }
  }
  for (const { phrase } of dataset.notCompanies ?? []) names.push([-1, phrase, NameFlag.Blocker]);
  return { version: dataset.version, entities, names };
}
