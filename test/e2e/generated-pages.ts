import { createServer, type Server } from 'node:http';

/**
 * Serves long articles made on request, so the repository holds no megabytes
 * of fixture: `/long.html?paragraphs=5000` is about 1 MB. The text is
 * deterministic, so the test knows each company's count.
 */
export interface GeneratedPages {
  url(paragraphs: number): string;
  /** `/deep.html?depth=5000`: a story nested thousands of elements deep, then a company named at the bottom. */
  deepUrl(depth: number): string;
  close(): Promise<void>;
}

/** Every 10th paragraph names Nvidia, every 25th Intel (inside a link, as articles do). */
export function expectedCounts(paragraphs: number): { nvidia: number; intel: number } {
  return { nvidia: Math.ceil(paragraphs / 10), intel: Math.ceil(paragraphs / 25) };
}

const FILLER =
  'The committee met again on Thursday to review the figures, and its members said the numbers for the quarter were broadly in line with what the market had expected, although several ' +
  'of them pointed to costs that had risen faster than planned.';

function paragraph(i: number): string {
  let text = `<p>${i}. ${FILLER}`;
  if (i % 10 === 0) text += ' Nvidia said it would report later.';
  if (i % 25 === 0) text += ' A spokesperson for <a href="/intel">Intel</a> declined to comment.';
  return `${text}</p>\n`;
}

export function longArticle(paragraphs: number): string {
  const parts = ['<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A very long report | The Daily Ledger</title>\n</head>\n<body>\n<article>\n<h1>A very long report</h1>\n'];
  for (let i = 0; i < paragraphs; i++) parts.push(paragraph(i));
  parts.push('</article>\n</body>\n</html>\n');
  return parts.join('');
}

/**
 * HTML parsers flatten nesting past a few hundred levels (Chromium at 512), so
 * the page builds its depth with a script, as a hostile or broken page could.
 */
export function deepPage(depth: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Nested deep</title>
</head>
<body>
<article>
<h1>Nested deep</h1>
<div id="deep"></div>
<script>
  let parent = document.getElementById('deep');
  for (let i = 0; i < ${depth}; i++) parent = parent.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
  parent.append('At the bottom, Nvidia.');
  window.depthBuilt = ${depth};
</script>
<p>And Tesla after it all.</p>
</article>
</body>
</html>
`;
}

export async function startGeneratedPages(): Promise<GeneratedPages> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const depth = Number(url.searchParams.get('depth'));
    if (url.pathname === '/deep.html' && Number.isSafeInteger(depth) && depth > 0 && depth <= 20_000) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(deepPage(depth));
      return;
    }
    const paragraphs = Number(url.searchParams.get('paragraphs'));
    if (url.pathname !== '/long.html' || !Number.isSafeInteger(paragraphs) || paragraphs < 1 || paragraphs > 100_000) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(longArticle(paragraphs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('generated pages server has no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (paragraphs) => `${origin}/long.html?paragraphs=${paragraphs}`,
    deepUrl: (depth) => `${origin}/deep.html?depth=${depth}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
