import { CharClass, charClass, foldChar, isLowerCase, isUpperCase } from './fold-char';

/** Token flags, packed in one byte per token. */
export const enum TokenFlag {
  Word = 1,
  /** At least one upper-case letter and no lower-case one: "META", "AT", "3M". */
  AllUpper = 2,
  /** Has a letter and no upper-case one: "meta", "apple". */
  AllLower = 4,
  SpaceBefore = 8,
  NewlineBefore = 16,
  /** A blank line (or the start of the text) comes before: a paragraph or headline starts here. */
  ParagraphBefore = 32,
  FirstUpper = 64,
}

/**
 * The text cut into word and punctuation tokens, as parallel typed arrays so a
 * megabyte of news allocates a few buffers rather than a million objects.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Hash of the folded (lower-case, accent-free) token. */
  key: Int32Array;
  /** Hash of the accent-free token with its case kept. */
  caseKey: Int32Array;
  flags: Uint8Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const CASE_BIT = 0x10000;

export function hashFolded(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ foldChar(text.charCodeAt(i)), FNV_PRIME);
  return hash;
}

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  // A generous first guess (one token per 4 characters) avoids most regrowth.
  let capacity = Math.max(16, ((to - from) >> 2) + 16);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let key = new Int32Array(capacity);
  let caseKey = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;
  let pending = Number(TokenFlag.ParagraphBefore);
  let newlines = 2;

  const grow = () => {
    capacity *= 2;
    const resize = <T extends Int32Array | Uint8Array>(array: T): T => {
      const bigger = new (array.constructor as { new (n: number): T })(capacity);
      bigger.set(array);
      return bigger;
    };
    start = resize(start);
    end = resize(end);
    key = resize(key);
    caseKey = resize(caseKey);
    flags = resize(flags);
  };

  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const kind = code < 128 ? (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) ? CharClass.Word : charClass(code) : charClass(code);
    if (kind === CharClass.Word) {
      if (count === capacity) grow();
      let hash = FNV_OFFSET;
      let caseHash = FNV_OFFSET;
      let upper = 0;
      let lower = 0;
      const tokenStart = i;
      let firstUpper = 0;
      let tokenEnd = i;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const lowerC = c | 0x20;
          if (c >= 48 && c <= 57) {
            hash = Math.imul(hash ^ c, FNV_PRIME);
            caseHash = Math.imul(caseHash ^ c, FNV_PRIME);
          } else if (lowerC >= 97 && lowerC <= 122) {
            const isUpper = c < 97;
            if (isUpper) {
              upper++;
              if (tokenEnd === tokenStart) firstUpper = 1;
            } else lower++;
            hash = Math.imul(hash ^ lowerC, FNV_PRIME);
            caseHash = Math.imul(caseHash ^ (isUpper ? lowerC | CASE_BIT : lowerC), FNV_PRIME);
          } else break;
          i++;
          tokenEnd = i;
          continue;
        }
        const cls = charClass(c);
        if (cls === CharClass.Ignorable) {
          i++;
          continue;
        }
        if (cls !== CharClass.Word) break;
        const folded = foldChar(c);
        const isUpper = isUpperCase(c);
        if (isUpper) {
          upper++;
          if (tokenEnd === tokenStart) firstUpper = 1;
        } else if (isLowerCase(c)) lower++;
        hash = Math.imul(hash ^ folded, FNV_PRIME);
        caseHash = Math.imul(caseHash ^ (isUpper ? folded | CASE_BIT : folded), FNV_PRIME);
        i++;
        tokenEnd = i;
      }
      start[count] = tokenStart;
      end[count] = tokenEnd;
      key[count] = hash;
      caseKey[count] = caseHash;
      let tokenFlags = pending | TokenFlag.Word;
      if (upper > 0 && lower === 0) tokenFlags |= TokenFlag.AllUpper;
      if (lower > 0 && upper === 0) tokenFlags |= TokenFlag.AllLower;
      if (firstUpper) tokenFlags |= TokenFlag.FirstUpper;
      flags[count++] = tokenFlags;
      pending = 0;
      newlines = 0;
      continue;
    }
    if (kind === CharClass.Punct) {
      if (count === capacity) grow();
      const folded = foldChar(code);
      start[count] = i;
      end[count] = i + 1;
      key[count] = Math.imul(FNV_OFFSET ^ folded, FNV_PRIME);
      caseKey[count] = key[count];
      flags[count++] = pending;
      pending = 0;
      newlines = 0;
    } else if (kind === CharClass.Newline) {
      // "\r\n" is one line break.
      if (!(code === 10 && i > from && text.charCodeAt(i - 1) === 13)) newlines++;
      pending |= TokenFlag.SpaceBefore | TokenFlag.NewlineBefore;
      if (newlines >= 2) pending |= TokenFlag.ParagraphBefore;
    } else if (kind === CharClass.Space) pending |= TokenFlag.SpaceBefore;
    i++;
  }
  return { count, start, end, key, caseKey, flags };
}
