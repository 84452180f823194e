import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRelationshipMessageKeys } from '../../src/core/index';

const LOCALES = 'src/extension/public/_locales';
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
const messages = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang)])) as Record<(typeof LANGUAGES)[number], Messages>;
const en = messages.en;
const translations = LANGUAGES.filter((lang) => lang !== 'en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys the code names: t('key'), and message keys written as string literals in key maps. */
function keysUsedInCode(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles('src/extension')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/\b(?:tCount|pluralKey)\(\s*'([A-Za-z0-9_]+)'/g)) for (const form of ['One', 'Other']) keys.add(`${match[1]}${form}`);
    for (const match of text.matchAll(/:\s*'((?:edge|type)[A-Z][A-Za-z]+)'/g)) keys.add(match[1]!);
  }
  for (const match of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(match[1]!);
  // The sentences of facts: every key the core's describeRelationship can pick.
  for (const key of allRelationshipMessageKeys()) keys.add(key);
  return keys;
}

describe('locales', () => {
  it.each(LANGUAGES)('has every key the code uses, in %s', (lang) => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !(key in messages[lang]))).toEqual([]);
  });

  it('has every __MSG_…__ key of the manifest in every language, and English as the default', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES)
      expect(
        keys.filter((key) => !messages[lang][key]),
        lang,
      ).toEqual([]);
  });

  it.each(translations)('has the same keys and the same placeholders in %s as in English', (lang) => {
    const translated = messages[lang];
    expect(Object.keys(translated).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(translated[key]!.placeholders, key).toEqual(en[key]!.placeholders);
      const named = (text: string) => [...text.matchAll(/\$([A-Za-z_]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
      expect(named(translated[key]!.message), key).toEqual(named(en[key]!.message));
      expect(
        named(en[key]!.message).every((name) => en[key]!.placeholders?.[name]),
        key,
      ).toBe(true);
    }
  });

  it.each(translations)('translates %s: no interface sentence left in English', (lang) => {
    // Names, figures and a few words that are the same in both languages may match; sentences may not.
    const same = Object.keys(en).filter((key) => /[A-Za-z]{3,} [A-Za-z]{3,}/.test(en[key]!.message.replace(/\$[A-Z_]+\$/g, '')) && messages[lang][key]!.message === en[key]!.message);
    expect(same).toEqual([]);
  });

  it('uses only key names the browsers accept, and no empty message', () => {
    for (const messages_ of Object.values(messages)) {
      for (const [key, { message }] of Object.entries(messages_)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(message.trim()).not.toBe('');
      }
    }
  });
});
