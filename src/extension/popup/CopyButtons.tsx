import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/**
 * Two plain-text writes rather than one multi-format ClipboardItem: writeText
 * works on a click in both Chrome's and Firefox's extension pages without an
 * extra permission, and Markdown has no clipboard type of its own anyway.
 */
export function CopyButtons({ text, markdown }: { text: () => string; markdown: () => string }) {
  const [message, setMessage] = useState('');
  const copy = (make: () => string, done: string) => {
    navigator.clipboard.writeText(make()).then(
      () => setMessage(done),
      () => setMessage(t('copyFailed')),
    );
  };
  return (
    <div class="copy">
      <button type="button" class="button copy-text" onClick={() => copy(text, t('copiedText'))}>
        {t('copyText')}
      </button>
      <button type="button" class="button copy-markdown" onClick={() => copy(markdown, t('copiedMarkdown'))}>
        {t('copyMarkdown')}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
