import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNameIndex, Matcher, NameFlag, summarizeMentions } from '../../src/core/index';
import { smallTable } from './fixtures';
import { newsish, SAMPLE_TEXTS } from './matcher-texts';

const table = smallTable();
const bytes = compileNameIndex(table);
const built = new Matcher(table);
const loaded = Matcher.fromCompiled(bytes);

describe('compiled name index', () => {
  it('gives a loaded matcher the same candidates as one built from the table', () => {
    for (const text of SAMPLE_TEXTS) expect(loaded.findCandidates(text)).toEqual(built.findCandidates(text));
    // Something is found, so the comparison above compares something.
    expect(SAMPLE_TEXTS.flatMap((text) => loaded.scan(text)).length).toBeGreaterThan(30);
  });

  it('gives the same candidates on random texts, whole and in slices', () => {
    fc.assert(
      fc.property(newsish, fc.nat(), fc.nat(), (text, a, b) => {
        expect(loaded.findCandidates(text)).toEqual(built.findCandidates(text));
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === from ? 0 : b % (text.length - from));
        expect(loaded.findCandidates(text, from, to)).toEqual(built.findCandidates(text, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips entity ids, name texts, flags and the version', () => {
    expect(loaded.entityCount).toBe(table.entities.length);
    expect(loaded.nameCount).toBe(table.names.length);
    expect(loaded.version).toBe(table.version);
    table.entities.forEach((id, entity) => expect(loaded.entityId(entity)).toBe(id));
    table.names.forEach(([entity, text, flags], name) => {
      expect(loaded.nameText(name)).toBe(text);
      expect(loaded.nameFlags(name)).toBe(flags);
      expect(loaded.nameEntity(name)).toBe(entity);
    });
    expect(() => loaded.entityId(table.entities.length)).toThrow(RangeError);
  });

  it('round-trips non-ASCII and long names', () => {
    const names: [number, string, number][] = [
      [0, 'Nestlé', 0],
      [0, 'L’Oréal 😀 Groupe', NameFlag.Former],
      [1, 'X'.repeat(10_000), 0],
      [1, '日本電信電話', NameFlag.Common],
    ];
    const matcher = Matcher.fromCompiled(compileNameIndex({ version: 'v-é', entities: ['nestlé', 'long'], names }));
    expect(names.map((_, i) => matcher.nameText(i))).toEqual(names.map(([, text]) => text));
    expect(matcher.version).toBe('v-é');
    expect(matcher.entityId(0)).toBe('nestlé');
    expect(matcher.scan('Shares of 日本電信電話 and Nestle rose.').map((m) => m.name)).toEqual([3, 0]);
  });

  it('loads from an ArrayBuffer and from a view at an unaligned offset', () => {
    const text = SAMPLE_TEXTS.join('\n\n');
    const expected = built.findCandidates(text);
    expect(Matcher.fromCompiled(bytes.slice().buffer).findCandidates(text)).toEqual(expected);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(Matcher.fromCompiled(shifted.subarray(1)).findCandidates(text)).toEqual(expected);
  });

  it('lets summarizeMentions read names from the matcher as from the table', () => {
    const text = 'Facebook said Meta and Facebook would grow; OpenAI agreed.';
    expect(summarizeMentions(loaded.scan(text), loaded)).toEqual(summarizeMentions(built.scan(text), table));
    expect(summarizeMentions(loaded.scan(text), loaded)[0]).toMatchObject({ id: 'meta', count: 3, formerNames: ['Facebook'] });
  });
});

describe('a damaged name index', () => {
  const header = (view: Uint8Array) => new Int32Array(view.buffer, view.byteOffset, 16);

  it('is refused when it is not one', () => {
    const wrong = bytes.slice();
    wrong[0] ^= 0xff;
    expect(() => Matcher.fromCompiled(wrong)).toThrow(/wrong magic number/);
    expect(() => Matcher.fromCompiled(new TextEncoder().encode('{"version":"x","entities":[],"names":[]}'))).toThrow(/Not a usable Stakes name index/);
  });

  it('is refused when truncated, at any length', () => {
    for (const length of [0, 3, 40, 100, bytes.length >> 1, bytes.length - 4, bytes.length - 1]) {
      expect(() => Matcher.fromCompiled(bytes.slice(0, length))).toThrow(/Not a usable Stakes name index: .*(shorter than|truncated)/);
    }
  });

  it('is refused from another format version', () => {
    const other = bytes.slice();
    header(other)[1] = 999;
    expect(() => Matcher.fromCompiled(other)).toThrow(/format version 999/);
  });

  it('is refused when a section points outside the buffer or counts do not match', () => {
    const outside = bytes.slice();
    header(outside)[13] = bytes.length + 4096;
    expect(() => Matcher.fromCompiled(outside)).toThrow(/does not fit/);
    const miscounted = bytes.slice();
    header(miscounted)[4] += 1;
    expect(() => Matcher.fromCompiled(miscounted)).toThrow(/expected/);
  });
});
