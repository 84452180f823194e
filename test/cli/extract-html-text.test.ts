import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/cli/extract-html-text';

describe('extractHtmlText', () => {
  it('keeps visible text, drops scripts, styles and hidden elements', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><p>One <b>Scale</b> AI</p><script>Meta()</script><div hidden>Secret <p>Nested</p></div><p aria-hidden="true">Icon</p><p>Two &amp; three&nbsp;&rsquo;</p></body></html>';
    expect(extractHtmlText(html)).toBe('One Scale AI\n\nTwo & three\u00a0’');
  });

  it('separates blocks so that names in two paragraphs never join', () => {
    expect(extractHtmlText('<p>Scale</p><p>AI</p>')).toBe('Scale\n\nAI');
  });

  it('never throws on broken markup', () => {
    for (const html of ['<', '<p', '<<<>>>', '<!-- open', '<script>never closed', '&#xFFFFFFF; &#0; &bogus;', '<div hidden><div>']) {
      expect(() => extractHtmlText(html)).not.toThrow();
    }
  });
});
