/**
 * Per-character folding shared by the matcher's tokenizer and its alias
 * compiler, so that "Nestlé", "NESTLE" and "Nestle" meet at one key, and
 * typographic variants ("’", "–", no-break space) meet their plain forms.
 */

export const enum CharClass {
  Space = 0,
  Word = 1,
  Punct = 2,
  /** Soft hyphens and zero-width characters: invisible, so they neither split nor join words. */
  Ignorable = 3,
  /** A line break, kept apart from spaces to find paragraph and headline boundaries. */
  Newline = 4,
}

const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const isDigit = code >= 48 && code <= 57;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (isDigit || isLetter) ASCII_CLASS[code] = CharClass.Word;
  else if (code === 10 || code === 13) ASCII_CLASS[code] = CharClass.Newline;
  else if (code <= 32 || code === 127) ASCII_CLASS[code] = CharClass.Space;
  else ASCII_CLASS[code] = CharClass.Punct;
}

const classCache = new Map<number, CharClass>();
const foldCache = new Map<number, number>();
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;
const SPACE_CHAR = /\s/u;
const IGNORABLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const LINE_BREAKS = new Set([0x2028, 0x2029, 0x85]);

export function charClass(code: number): CharClass {
  if (code < 128) return ASCII_CLASS[code];
  let cached = classCache.get(code);
  if (cached === undefined) {
    const char = String.fromCharCode(code);
    // Combining accents ("Nestle\u0301") belong to the letter before them.
    if (IGNORABLE.has(code) || MARK_CHAR.test(char)) cached = CharClass.Ignorable;
    else if (LINE_BREAKS.has(code)) cached = CharClass.Newline;
    // Lone surrogates (astral letters, emoji) count as word characters: they
    // never form a company name, but must not glue neighbouring words together
    // either, which a word class keeps true without decoding pairs.
    else if (code >= 0xd800 && code <= 0xdfff) cached = CharClass.Word;
    else if (WORD_CHAR.test(char)) cached = CharClass.Word;
    else if (SPACE_CHAR.test(char)) cached = CharClass.Space;
    else cached = CharClass.Punct;
    classCache.set(code, cached);
  }
  return cached;
}

const PUNCT_FOLD = new Map<number, number>([
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x02bc, 0x27],
  [0x2032, 0x27],
  [0xff07, 0x27], // apostrophes → '
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2012, 0x2d],
  [0x2013, 0x2d],
  [0x2014, 0x2d],
  [0x2212, 0x2d], // dashes → -
  [0xff06, 0x26], // fullwidth & → &
]);

/** Lower-cases and strips diacritics: the key under which names are compared. */
export function foldChar(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 0x20 : code;
  let folded = foldCache.get(code);
  if (folded === undefined) {
    folded = PUNCT_FOLD.get(code);
    if (folded === undefined) {
      const base = String.fromCharCode(code)
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
      // Letters that decompose into one base letter fold to it; ligatures and the
      // like ("ß" → "ss") stay themselves rather than shift offsets.
      folded = base.length === 1 ? base.charCodeAt(0) : String.fromCharCode(code).toLowerCase().length === 1 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : code;
    }
    foldCache.set(code, folded);
  }
  return folded;
}

export function isUpperCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

export function isLowerCase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase();
}

/** In `WORD_FOLD`: not yet looked up. */
export const FOLD_UNKNOWN = 0xffff;
/** In `WORD_FOLD`: an ignorable character (soft hyphen, zero-width), which neither ends nor joins a word. */
export const FOLD_IGNORABLE = 0xfffe;

/**
 * Per UTF-16 code unit: the folded character if it belongs to a word, 0 if it
 * ends one, or the two markers above. The matcher's scan reads one entry per
 * character instead of branching on ASCII; entries beyond ASCII are filled
 * the first time a text uses them, so start-up pays for 128 codes only.
 */
export const WORD_FOLD = new Uint16Array(65536).fill(FOLD_UNKNOWN);
for (let code = 0; code < 128; code++) WORD_FOLD[code] = ASCII_CLASS[code] === CharClass.Word ? foldChar(code) : 0;

export function learnWordFold(code: number): number {
  const kind = charClass(code);
  const folded = kind === CharClass.Word ? foldChar(code) : kind === CharClass.Ignorable ? FOLD_IGNORABLE : 0;
  // A word character folding onto a marker value would be misread; keep it unfolded-as-ends (none exist in Unicode's BMP letters).
  WORD_FOLD[code] = folded === FOLD_UNKNOWN ? 0 : folded;
  return WORD_FOLD[code];
}
