import { describe, expect, it } from 'vitest';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/**
 * The popup in the browser's language, facts included: the same page read
 * with the browser in German and in French gives German and French sentences,
 * dates and figures. Notes stay as the data wrote them, marked as English.
 */

const LANGUAGES = {
  de: {
    title: 'Wie sie verbunden sind',
    facts: ['Meta hält 49\u00a0% an Scale AI (seit Juni 2025)', 'OpenAI hat die Verträge mit Scale AI beendet (Juni 2025)', 'Microsoft hat rund 13 Mrd. $ in OpenAI investiert (seit Juli 2019)'],
    source: 'Quelle:',
  },
  fr: { title: 'Leurs liens', facts: ['Meta détient 49\u00a0% de Scale AI (depuis juin 2025)', 'OpenAI a mis fin à ses contrats avec Scale AI (juin 2025)', 'Microsoft détient 27\u00a0% d’OpenAI (depuis oct. 2025)'], source: 'Source\u00a0:' },
} as const;

describe.each(Object.entries(LANGUAGES))('With the browser in %s', (locale, expected) => {
  forEachBrowser(
    'the popup in %s',
    ({ browser, server }) => {
      it('says the page’s facts in that language', async () => {
        const tabId = await browser.openTab(server.url('scale-ai-article.html'));
        await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
        const popup = await browser.openPopup(tabId);
        await popup.waitFor('.connections .fact');
        expect(await popup.text('#connections-title')).toBe(expected.title);
        // Intl separates figures from units with no-break spaces: compared as plain spaces.
        const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
        const connections = ((await popup.eval(`[...document.querySelectorAll('.connections .fact .sentence')].map((item) => item.textContent)`)) as string[]).map(plain);
        for (const fact of expected.facts) expect(connections, JSON.stringify(connections)).toContain(plain(fact));
        expect(await popup.text('.connections .fact .source')).toContain(expected.source);
        // The facts under each company are in the same language; notes keep the data's English, and say so.
        const sentences = (await popup.eval(`[...document.querySelectorAll('.company .fact .sentence')].map((item) => item.textContent)`)) as string[];
        expect(sentences.length).toBeGreaterThan(0);
        expect(sentences.filter((sentence) => /\b(owns|owned by|acquired|since|invested)\b/.test(sentence ?? ''))).toEqual([]);
        expect(await popup.eval(`[...document.querySelectorAll('.fact .note')].every((note) => note.getAttribute('lang') === 'en')`)).toBe(true);
        await popup.close();
      });
    },
    { locale },
  );
});
