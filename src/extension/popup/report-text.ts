import type { Translate } from '../shared/message-format';

/**
 * Where reports go, set when the extension is built (`STAKES_REPORT_TO`, see
 * the README): an e-mail address, or an `https:` form or tracker URL that
 * takes `title` and `body` parameters (a GitHub "new issue" link does).
 * Nothing is sent by the extension: the reader sends the report themselves;
 * without a destination it is composed for them to copy, and nothing pretends
 * to send it.
 */
export type ReportDestination = { kind: 'mail'; address: string } | { kind: 'form'; url: string } | { kind: 'none' };

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;

/** Reads the build setting; throws on a value that is neither, so a bad build fails rather than a reader's report. */
export function parseReportDestination(value: string | undefined): ReportDestination {
  const setting = (value ?? '').trim();
  if (!setting) return { kind: 'none' };
  if (EMAIL.test(setting)) return { kind: 'mail', address: setting };
  if (/^https:\/\/[^\s]+$/.test(setting)) {
    try {
      return { kind: 'form', url: new URL(setting).href };
    } catch {
      // Reported below.
    }
  }
  throw new Error(`STAKES_REPORT_TO must be an e-mail address or an https: URL, not ${JSON.stringify(setting)}`);
}

declare const __STAKES_REPORT_TO__: string | undefined;
/** This build's destination (tests and unset builds: none). */
export const REPORT_DESTINATION: ReportDestination = parseReportDestination(typeof __STAKES_REPORT_TO__ === 'string' ? __STAKES_REPORT_TO__ : undefined);

export interface ReportInput {
  companyName?: string;
  /** The fact as Stakes states it, or undefined for a missing fact. */
  fact?: string;
  correction: string;
  /** Only when the reader ticked "include the page address". */
  pageUrl?: string;
  datasetVersion: string;
  extensionVersion: string;
}

export function reportSubject(input: ReportInput, t: Translate): string {
  return input.companyName ? t('reportSubjectCompany', input.companyName) : t('reportSubject');
}

/** The report as plain text: what the reader saw, what they say is right, and which data they saw it in. */
export function reportBody(input: ReportInput, t: Translate): string {
  const lines = [`${t('reportFieldCompany')}: ${input.companyName ?? '—'}`, `${t('reportFieldFact')}: ${input.fact ?? t('reportMissingFact')}`, `${t('reportFieldCorrection')}: ${input.correction.trim() || '—'}`];
  if (input.pageUrl) lines.push(`${t('reportFieldPage')}: ${input.pageUrl}`);
  lines.push(`${t('reportFieldDataset')}: ${input.datasetVersion} (Stakes ${input.extensionVersion})`);
  return `${lines.join('\n')}\n`;
}

/** The link that hands the report to the destination, prefilled; undefined when the build has none. */
export function reportLink(input: ReportInput, t: Translate, destination: ReportDestination = REPORT_DESTINATION): string | undefined {
  if (destination.kind === 'mail') return `mailto:${destination.address}?subject=${encodeURIComponent(reportSubject(input, t))}&body=${encodeURIComponent(reportBody(input, t))}`;
  if (destination.kind === 'form') {
    const url = new URL(destination.url);
    url.searchParams.set('title', reportSubject(input, t));
    url.searchParams.set('body', reportBody(input, t));
    return url.href;
  }
  return undefined;
}
