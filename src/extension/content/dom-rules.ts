/**
 * What the page scanner reads, skips and counts as page furniture, decided
 * from an element alone (tag, a few attributes, one style check) so that a
 * decision costs microseconds and never touches the page.
 *
 * Content scripts run in an isolated world (Chrome) or see the page through
 * Xray wrappers (Firefox): a page that redefines `Element.prototype.getAttribute`
 * or `Array.prototype.push` in its own world does not change what these calls
 * do here. We still avoid anything the page could stage for us, such as
 * reading `window.*` properties the page sets.
 */

/** Never read: code, styles, form fields, embedded documents, graphics. Lower case: `localName`. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements whose edges separate paragraphs, so that two blocks never join into one name. */
const BLOCKS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
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
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Page furniture by tag, wherever it stands. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'search']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'banner']);
/**
 * Class or id words that mark teasers, ads and widgets: "related-stories",
 * "ad-slot", "most-read", "newsletter-signup", "taboola-feed".
 */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:related|recommended|recommendations?|more-?stories|most-?(?:read|popular|viewed)|popular|trending|promo|promoted|sponsored?|advert\w*|ads?|adslot|ad-?(?:slot|unit|container|wrapper)|adsbygoogle|dfp|gpt|newsletter|share|sharing|social|comments?|outbrain|taboola|teasers?|sidebar|breadcrumbs?|cookie\w*|consent|paywall|subscribe)(?:$|[\s_-])/i;

export function isBlock(localName: string): boolean {
  return BLOCKS.has(localName);
}

/**
 * True when nothing inside `element` is text a reader sees: skipped tags, the
 * `hidden` attribute, `aria-hidden`, editable regions (the reader's own text).
 * CSS hiding is checked separately by `isRendered`, which costs more.
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

type Visibility = (options?: { checkVisibilityCSS?: boolean; visibilityProperty?: boolean }) => boolean;

/**
 * `display: none` (on it or any ancestor), `content-visibility: hidden`
 * ancestors and `visibility: hidden`. `checkVisibility` reads computed style,
 * which the browser keeps up to date anyway: once style is clean, a slice's
 * hundred-odd calls measured under a millisecond in both browsers (the first
 * call after a style change pays for the recalculation, which is why the scan
 * starts after a frame). So it is called on each element the scanner enters,
 * not only on blocks: inline `<span style="display:none">` is a common way to
 * hide text. A child that sets
 * `visibility: visible` under a hidden parent is skipped with it: rare in
 * articles, and skipping is the gentle mistake.
 */
export function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: Visibility }).checkVisibility;
  if (typeof check !== 'function') return true;
  return check.call(element, { checkVisibilityCSS: true, visibilityProperty: true });
}

/** Navigation, asides, footers, ads and "related stories" widgets. */
export function isFurniture(element: Element, insideArticle: boolean): boolean {
  const name = element.localName;
  if (FURNITURE_TAGS.has(name)) return true;
  // A page's <header> holds its logo and menu; a story's <header> holds its headline.
  if (name === 'header' && !insideArticle) return element.querySelector('h1') === null;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role) && !(role === 'banner' && insideArticle)) return true;
  if (name === 'html' || name === 'body' || name === 'main' || name === 'article') return false;
  const classes = element.getAttribute('class');
  const id = element.id;
  const marked = (classes !== null && classes.length < 500 && FURNITURE_WORDS.test(classes)) || (id !== '' && id.length < 200 && FURNITURE_WORDS.test(id));
  // "layout-with-sidebar" may wrap the whole story: a wrapper that holds the
  // headline or the article is not furniture. Asked only of the rare matches.
  return marked && element.querySelector(ARTICLE_INSIDE) === null;
}

const ARTICLE_INSIDE = 'h1, article, main, [itemprop~="articleBody"]';

/** Elements that hold an article: its body, the article, the page's main content. */
export function isArticleLike(element: Element): boolean {
  const name = element.localName;
  if (name === 'article' || name === 'main') return true;
  const role = element.getAttribute('role');
  if (role === 'main' || role === 'article') return true;
  const itemprop = element.getAttribute('itemprop');
  return itemprop !== null && /\barticleBody\b/.test(itemprop);
}

export function isHeadline(element: Element): boolean {
  return element.localName === 'h1';
}

export function isPreformatted(element: Element): boolean {
  const name = element.localName;
  return name === 'pre' || name === 'textarea' || name === 'listing' || name === 'xmp';
}
