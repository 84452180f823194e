import { Parser } from 'htmlparser2';

/**
 * Visible text of an HTML document, for the CLI (the extension reads the live
 * DOM instead). htmlparser2 parses it as forgivingly as a browser: broken
 * markup never throws. What a reader cannot see is dropped, and blocks end in
 * blank lines so that names in separate paragraphs never run together.
 */

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'textarea', 'select', 'button']);
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);

export function extractHtmlText(html: string): string {
  let out = '';
  /** Open elements, each marked hidden or not: text counts only while none is. */
  const open: boolean[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidden = HIDDEN_ELEMENTS.has(name) || 'hidden' in attributes || attributes['aria-hidden']?.trim().toLowerCase() === 'true';
        open.push(hidden);
        if (hidden) hiddenDepth++;
        else if (hiddenDepth === 0 && BLOCK_ELEMENTS.has(name)) out += name === 'br' ? '\n' : '\n\n';
      },
      onclosetag(name) {
        if (open.pop()) hiddenDepth--;
        else if (hiddenDepth === 0 && BLOCK_ELEMENTS.has(name) && name !== 'br') out += '\n\n';
      },
      ontext(text) {
        // Entities are decoded already; only markup white space collapses (a no-break space stays).
        if (hiddenDepth === 0) out += text.replace(/[ \t\n\r\f]+/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return out
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
