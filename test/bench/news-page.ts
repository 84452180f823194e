import { createServer } from 'node:http';
import { newsText } from './news-text';

/**
 * A news article page as a listed news site serves it: masthead and
 * navigation, headline, byline, the story in paragraphs naming companies,
 * a figure, "related stories", footer. `textLength` is the story's own text
 * (UTF-16 code units); the page around it adds about 1.5 KB of text.
 */
export function newsArticleHtml({ textLength, seed, names }: { textLength: number; seed: number; names: readonly string[] }): string {
  const text = newsText({ length: textLength, seed, names });
  const [headline, ...paragraphs] = text.split('\n\n').filter((part) => part.trim() !== '');
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((paragraph, index) => (index > 0 && index % 6 === 0 ? `<h2>${escape(paragraph.split(' ').slice(0, 6).join(' '))}</h2>\n<p>${escape(paragraph)}</p>` : `<p>${escape(paragraph)}</p>`));
  if (body.length > 3) body.splice(3, 0, '<figure><div class="img" style="height:240px;background:#ccd"></div><figcaption>A company headquarters. Photo: Staff</figcaption></figure>');
  const sections = ['Tech', 'Business', 'Markets', 'Science', 'Policy', 'Reviews', 'Podcasts'];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} - The Daily Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header,footer{background:#111;color:#eee;padding:12px 24px}nav a{color:#eee;margin-right:16px}
main{display:flex;gap:32px;max-width:1100px;margin:24px auto;padding:0 16px}article{flex:3}aside{flex:1;font-size:15px}h1{font-size:34px;line-height:1.2}.byline{color:#666}</style>
</head><body>
<header><div class="masthead">The Daily Ledger</div><nav>${sections.map((section) => `<a href="/${section.toLowerCase()}">${section}</a>`).join('')}</nav></header>
<main><article>
<h1>${escape(headline)}</h1>
<p class="byline">By Alex Morgan and Priya Shah · Updated Nov 12, 2025, 9:41 AM UTC</p>
${body.join('\n')}
<p class="tags">Filed under: Business, Markets, Technology</p>
</article>
<aside><h2>Related stories</h2><ul>${[0, 1, 2, 3].map((i) => `<li><a href="/story/${i}">${escape(names[(seed + i * 7) % names.length])} reports quarterly results as investors weigh outlook</a></li>`).join('')}</ul>
<div class="ad" style="height:250px;background:#eee">Advertisement</div></aside></main>
<footer><p>© 2025 The Daily Ledger. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p></footer>
</body></html>`;
}

export interface ArticleServer {
  /** The page at `path`, on http://127.0.0.1:<port> (which the end-to-end build reads as a listed news site). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves fixed pages from memory on 127.0.0.1, never cached. */
export async function serveArticles(pages: Record<string, string>): Promise<ArticleServer> {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://x').pathname];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('article server has no address');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Names as a reader sees them written: display names and aliases, no tickers, no "not a company" phrases. */
export function readableNames(table: { names: [number, string, number][] }): string[] {
  return table.names.filter(([entity, , flags]) => entity >= 0 && (flags & 4) === 0).map(([, name]) => name);
}
