/**
 * Visible text of an HTML document, for the CLI and tests (the extension reads
 * the live DOM instead). A forgiving scanner, not a parser: it never throws,
 * drops what a reader cannot see, and breaks lines where blocks end so that
 * names in separate paragraphs never run together.
 */

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'textarea', 'select', 'button']);
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul', 'caption', 'body', 'html',
]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', shy: '\u00ad', eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', ouml: 'ö',
  uuml: 'ü', auml: 'ä', ccedil: 'ç', oacute: 'ó', iacute: 'í', ntilde: 'ñ', szlig: 'ß', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function extractHtmlText(html: string): string {
  let out = '';
  let hiddenUntil: string | undefined;
  let i = 0;
  // Quoted attribute values may hold ">" (data-a='1>2'); they must not end the tag.
  const tag = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/y;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i && hiddenUntil === undefined) out += decodeEntities(html.slice(i, textEnd).replace(/\s+/g, ' '));
    if (lt < 0) break;
    tag.lastIndex = lt;
    const match = tag.exec(html);
    if (!match) {
      if (hiddenUntil === undefined) out += '<';
      i = lt + 1;
      continue;
    }
    i = tag.lastIndex;
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const closing = match[0][1] === '/';
    const attributes = match[0];
    if (hiddenUntil !== undefined) {
      if (closing && name === hiddenUntil) hiddenUntil = undefined;
      continue;
    }
    const selfClosing = attributes.endsWith('/>');
    if (!closing && !selfClosing && (HIDDEN_ELEMENTS.has(name) || /\shidden(?:[\s=>]|$)|aria-hidden\s*=\s*["']?true/i.test(attributes))) {
      if (HIDDEN_ELEMENTS.has(name)) hiddenUntil = name;
      else {
        // A hidden element of an ordinary kind: skip to its matching close tag.
        i = skipElement(html, i, name);
      }
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) out += name === 'br' ? '\n' : '\n\n';
  }
  return out
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function skipElement(html: string, from: number, name: string): number {
  const pattern = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return pattern.lastIndex;
  }
  return html.length;
}
