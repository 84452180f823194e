import type { Translate } from './message-format';

/**
 * Where reports go. Nothing is sent by the extension: the reader copies the
 * report or opens it in their own mail program and sends it themselves.
 */
export const REPORT_ADDRESS = 'facts@stakes-extension.org';

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
  const lines = [
    `${t('reportFieldCompany')}: ${input.companyName ?? '—'}`,
    `${t('reportFieldFact')}: ${input.fact ?? t('reportMissingFact')}`,
    `${t('reportFieldCorrection')}: ${input.correction.trim() || '—'}`,
  ];
  if (input.pageUrl) lines.push(`${t('reportFieldPage')}: ${input.pageUrl}`);
  lines.push(`${t('reportFieldDataset')}: ${input.datasetVersion} (Stakes ${input.extensionVersion})`);
  return `${lines.join('\n')}\n`;
}

export function reportMailto(input: ReportInput, t: Translate): string {
  return `mailto:${REPORT_ADDRESS}?subject=${encodeURIComponent(reportSubject(input, t))}&body=${encodeURIComponent(reportBody(input, t))}`;
}
