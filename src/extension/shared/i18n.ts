import browser from '../browser-api';
import { pluralKey, type MessageKey, type Translate } from './message-format';

/**
 * Every string a reader sees goes through here, from `_locales/<lang>/messages.json`.
 * A missing message shows its key rather than nothing, so it is noticed.
 */
export const t: Translate = (key, ...substitutions) => browser.i18n.getMessage(key, substitutions.map(String)) || key;

/** The browser's UI language, for Intl number and date formats that match the messages. */
export const locale: string = (() => {
  try {
    return Intl.getCanonicalLocales(browser.i18n.getUILanguage().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
})();

/** "6 mentions" / "6 Erwähnungen": the plural form the locale needs, with the count through Intl. */
export function tCount(base: 'mentions' | 'companies' | 'facts', count: number): string {
  return t(pluralKey(base, count, locale) as MessageKey, new Intl.NumberFormat(locale).format(count));
}
