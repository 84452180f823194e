import { isHttpsUrl, lastChecked, sourcesByStrength, type NameOf, type Relationship, type Source } from '../../core/index';
import { formatPartialDateIntl, formatNumber } from '../shared/format';
import { pluralKey, type MessageKey, type Translate } from '../shared/message-format';
import type { PageView } from './page-view';
import { presentFact } from '../shared/present-fact';

/**
 * What "Copy text" and "Copy Markdown" put on the clipboard: the page's
 * companies and how they connect, each tie with its source, so a pasted
 * summary can be checked by whoever reads it. Pure, for unit tests.
 */

export interface CopyContext {
  pageUrl?: string;
  datasetVersion: string;
  asOf: string;
  locale: string;
  t: Translate;
  /** Names the companies of each fact, which is said in the reader's language. */
  nameOf: NameOf;
}

function sourceText(source: Source, locale: string): string {
  return `${source.publisher}, “${source.title}”${source.date ? `, ${formatPartialDateIntl(source.date, locale)}` : ''}`;
}

/** "checked 4 Dec 2026" or "not yet re-checked": a pasted fact says how it is known too. */
function checkText(relationship: Relationship, { t, locale }: CopyContext): string {
  const checked = lastChecked(relationship);
  return checked ? t('factChecked', formatPartialDateIntl(checked, locale)) : t('factUnchecked');
}

function mentions(count: number, { locale, t }: CopyContext): string {
  return t(pluralKey('mentions', count, locale) as MessageKey, formatNumber(count, locale));
}

export function pageAsText(view: PageView, context: CopyContext): string {
  const { t, locale } = context;
  const lines = [t('copyHeading')];
  if (context.pageUrl && /^https?:\/\//.test(context.pageUrl)) lines.push(context.pageUrl);
  if (view.connections.length > 0) {
    lines.push('', t('connectionsTitle'));
    for (const fact of view.connections) {
      const source = sourcesByStrength(fact.relationship)[0];
      lines.push(`- ${presentFact(fact, context.nameOf, context, true)} (${checkText(fact.relationship, context)})`);
      if (source) lines.push(`  ${t('sourcePrefix')} ${sourceText(source, locale)}${isHttpsUrl(source.url) ? ` ${source.url}` : ''}`);
    }
  }
  const list = (title: MessageKey, companies: PageView['article']) => {
    if (companies.length === 0) return;
    lines.push('', t(title));
    for (const company of companies) lines.push(`- ${company.entity.name} (${mentions(company.count, context)})`);
  };
  list('companiesInArticle', view.article);
  list('alsoOnThisPage', view.elsewhere);
  lines.push('', t('copyFooter', context.datasetVersion, formatPartialDateIntl(context.asOf, locale)));
  return `${lines.join('\n')}\n`;
}

/** Escapes what Markdown would read as formatting in a company name or a title. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/^(\s*)([-=])/, '$1\\$2');
}

/** A link target Markdown cannot misread: https only, and no spaces or brackets. */
function markdownUrl(url: string): string {
  return url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function pageAsMarkdown(view: PageView, context: CopyContext): string {
  const { t, locale } = context;
  const lines = [`## ${escapeMarkdown(t('copyHeading'))}`];
  if (context.pageUrl && isHttpsUrl(context.pageUrl)) lines.push('', `<${markdownUrl(context.pageUrl)}>`);
  else if (context.pageUrl && /^http:\/\//.test(context.pageUrl)) lines.push('', escapeMarkdown(context.pageUrl));
  if (view.connections.length > 0) {
    lines.push('', `### ${escapeMarkdown(t('connectionsTitle'))}`, '');
    for (const fact of view.connections) {
      const source = sourcesByStrength(fact.relationship)[0];
      let line = `- ${escapeMarkdown(presentFact(fact, context.nameOf, context, true))} (${escapeMarkdown(checkText(fact.relationship, context))})`;
      if (source) {
        const label = escapeMarkdown(sourceText(source, locale));
        line += ` — ${escapeMarkdown(t('sourcePrefix'))} ${isHttpsUrl(source.url) ? `[${label}](${markdownUrl(source.url)})` : label}`;
      }
      lines.push(line);
    }
  }
  const list = (title: MessageKey, companies: PageView['article']) => {
    if (companies.length === 0) return;
    lines.push('', `### ${escapeMarkdown(t(title))}`, '');
    for (const company of companies) lines.push(`- **${escapeMarkdown(company.entity.name)}** (${escapeMarkdown(mentions(company.count, context))})`);
  };
  list('companiesInArticle', view.article);
  list('alsoOnThisPage', view.elsewhere);
  lines.push('', `*${escapeMarkdown(t('copyFooter', context.datasetVersion, formatPartialDateIntl(context.asOf, locale)))}*`);
  return `${lines.join('\n')}\n`;
}
