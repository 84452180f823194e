import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = 'src/extension/public/_locales';
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = load('en');
const de = load('de');

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
  return keys;
}

describe('locales', () => {
  it('has every key the code uses, in English and German', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    expect([...used].filter((key) => !(key in de))).toEqual([]);
  });

  it('has the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(de[key]!.placeholders, key).toEqual(en[key]!.placeholders);
      const named = (text: string) => [...text.matchAll(/\$([A-Za-z_]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
      expect(named(de[key]!.message), key).toEqual(named(en[key]!.message));
      expect(named(en[key]!.message).every((name) => en[key]!.placeholders?.[name]), key).toBe(true);
    }
  });

  it('uses only key names the browsers accept, and no empty message', () => {
    for (const messages of [en, de]) {
      for (const [key, { message }] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(message.trim()).not.toBe('');
      }
    }
  });
});
