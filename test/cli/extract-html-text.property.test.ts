import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/cli/extract-html-text';

interface Doc {
  html: string;
  visible: string[];
  hidden: string[];
}

const word = fc.stringMatching(/^[A-Za-z]{3,8}$/);
const VISIBLE_TAGS = ['p', 'div', 'span', 'b', 'i', 'article', 'section', 'li', 'h1', 'a', 'em', 'td'];
const HIDDEN_TAGS = ['script', 'style', 'noscript', 'template', 'textarea'];

/** Random documents whose visible and hidden words are known, so the extractor's output can be checked. */
const doc: fc.Arbitrary<Doc> = fc.letrec<{ node: Doc }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word.map((text) => ({ html: text, visible: [text], hidden: [] })),
    fc.tuple(fc.constantFrom(...HIDDEN_TAGS), word).map(([tag, text]) => ({ html: `<${tag}>${text}</${tag}>`, visible: [], hidden: [text] })),
    fc.tuple(fc.constantFrom(...VISIBLE_TAGS), word).map(([tag, text]) => ({ html: `<${tag} hidden>${text}</${tag}>`, visible: [], hidden: [text] })),
    fc.tuple(fc.constantFrom(...VISIBLE_TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' class="x"', " data-a='1>2'")).map(([tag, children, attributes]) => ({
      html: `<${tag}${attributes}>${children.map((child) => child.html).join(' ')}</${tag}>`,
      visible: children.flatMap((child) => child.visible),
      hidden: children.flatMap((child) => child.hidden),
    })),
  ),
})).node;

describe('extractHtmlText on generated documents', () => {
  it('keeps every visible word in order and no hidden one', () => {
    fc.assert(
      fc.property(doc, ({ html, visible, hidden }) => {
        const words = extractHtmlText(`<html><body>${html}</body></html>`).split(/\s+/).filter(Boolean);
        expect(words).toEqual(visible);
        for (const text of hidden) if (!visible.includes(text)) expect(words).not.toContain(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (html) => {
        expect(typeof extractHtmlText(html)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
