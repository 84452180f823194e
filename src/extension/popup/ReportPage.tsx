import { useEffect, useMemo, useState } from 'preact/hooks';
import { relationshipKey } from '../../core/index';
import browser from '../browser-api';
import { loadTabScan } from '../tab-state';
import { t } from '../shared/i18n';
import { REPORT_DESTINATION, reportBody, reportLink, type ReportInput } from './report-text';
import { useDatasetIndex } from '../shared/use-dataset';

const MISSING = '';

/**
 * "Report a wrong or missing fact", composed here and sent by the reader:
 * Stakes itself sends nothing. The page address is added only when the reader
 * ticks the box; until then it is not even shown in the report.
 */
export function ReportPage() {
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  const companyId = params.get('company') ?? '';
  const index = useDatasetIndex(companyId ? [companyId] : []);
  const entity = index?.entity(companyId);
  const facts = useMemo(() => (entity && index ? index.factsFor(entity.id) : []), [entity, index]);
  const [companyName, setCompanyName] = useState('');
  // The company's name fills in once its record is loaded, unless the reader already typed one.
  useEffect(() => {
    if (entity) setCompanyName((typed) => typed || entity.name);
  }, [entity]);
  const [factKey, setFactKey] = useState(MISSING);
  const [correction, setCorrection] = useState('');
  const [pageUrl, setPageUrl] = useState<string>();
  const [includeUrl, setIncludeUrl] = useState(false);
  const [copied, setCopied] = useState('');

  useEffect(() => {
    document.title = t('reportTitle');
    if (tabId === undefined) return;
    void loadTabScan(tabId).then(async (scan) => {
      const url = scan?.url ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      if (url && /^https?:\/\//.test(url)) setPageUrl(url);
    });
  }, []);

  const fact = facts.find((candidate) => relationshipKey(candidate.relationship) === factKey);
  const input: ReportInput = {
    companyName: companyName.trim() || undefined,
    fact: fact?.fullSentence,
    correction,
    pageUrl: includeUrl ? pageUrl : undefined,
    datasetVersion: index?.dataset.version ?? '',
    extensionVersion: browser.runtime.getManifest().version,
  };
  const body = reportBody(input, t);
  const copy = () =>
    navigator.clipboard.writeText(body).then(
      () => setCopied(t('reportCopied')),
      () => setCopied(t('copyFailed')),
    );

  return (
    <div class="popup report">
      <header class="popup-header">
        <h1>{t('reportTitle')}</h1>
      </header>
      <main>
        <p class="report-intro">{REPORT_DESTINATION.kind === 'none' ? t('reportIntroNoDestination') : REPORT_DESTINATION.kind === 'mail' ? t('reportIntro') : t('reportIntroForm')}</p>
        <form class="report-form" onSubmit={(event) => event.preventDefault()}>
          <label for="report-company">{t('reportFieldCompany')}</label>
          <input id="report-company" type="text" value={companyName} onInput={(event) => setCompanyName(event.currentTarget.value)} />
          <label for="report-fact">{t('reportFieldFact')}</label>
          <select id="report-fact" value={factKey} onChange={(event) => setFactKey(event.currentTarget.value)}>
            <option value={MISSING}>{t('reportMissingFact')}</option>
            {facts.map((candidate) => (
              <option key={relationshipKey(candidate.relationship)} value={relationshipKey(candidate.relationship)}>
                {candidate.fullSentence}
              </option>
            ))}
          </select>
          <label for="report-correction">{t('reportFieldCorrection')}</label>
          <textarea id="report-correction" rows={4} placeholder={t('reportCorrectionHint')} value={correction} onInput={(event) => setCorrection(event.currentTarget.value)} />
          {pageUrl && (
            <label class="checkbox">
              <input type="checkbox" checked={includeUrl} onChange={(event) => setIncludeUrl(event.currentTarget.checked)} />
              {t('reportIncludeUrl')}
            </label>
          )}
        </form>
        <h2>{t('reportPreview')}</h2>
        <pre class="report-preview">{body}</pre>
        <div class="copy">
          <button type="button" class="button report-copy" onClick={() => void copy()}>
            {t('reportCopy')}
          </button>
          {REPORT_DESTINATION.kind !== 'none' && (
            <a class={`button report-${REPORT_DESTINATION.kind}`} href={reportLink(input, t)} target={REPORT_DESTINATION.kind === 'form' ? '_blank' : undefined} rel="noopener noreferrer">
              {REPORT_DESTINATION.kind === 'mail' ? t('reportEmail') : t('reportOpenForm')}
            </a>
          )}
          <span class="copy-status" role="status" aria-live="polite">
            {copied}
          </span>
        </div>
      </main>
    </div>
  );
}
