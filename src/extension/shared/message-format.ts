import type en from '../public/_locales/en/messages.json';

/** A key of `_locales/en/messages.json`; the type checker rejects a key that is not there. */
export type MessageKey = keyof typeof en;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface LocaleMessages {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

/**
 * The browser's own substitution rules ($NAME$ → placeholder content → $1),
 * for pure code run in Node (tests), where browser.i18n does not exist.
 */
export function translatorFor(messages: LocaleMessages): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
    return entry.message
      .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
        const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
        return placeholder ? positional(placeholder[1].content) : whole;
      })
      .replace(/\$\$/g, '$');
  };
}

/** Picks `<key>One` or `<key>Other` by the locale's plural rules: "1 mention", "6 mentions". */
export function pluralKey<K extends string>(base: K, count: number, locale: string): `${K}One` | `${K}Other` {
  return new Intl.PluralRules(locale).select(count) === 'one' ? `${base}One` : `${base}Other`;
}
