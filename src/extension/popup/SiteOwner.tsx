import { useEffect, useMemo, useState } from 'preact/hooks';
import { datasetStore } from '../dataset';
import { locale, t } from '../shared/i18n';
import { chainText, ownershipLine } from './ownership-line';
import { presentFact } from '../shared/present-fact';
import { buildSiteOwner } from './site-owner';
import { bestSource, CheckMark, SourceLine } from './SourceLine';
import { useDatasetIndex } from '../shared/use-dataset';

interface Props {
  url: string;
  pageIds: readonly string[];
}

/**
 * "The Verge is owned by Vox Media": the question closest to the reader,
 * answered first. Shown only on a site the dataset knows by its website.
 */
export function SiteOwner({ url, pageIds }: Props) {
  const [outletId, setOutletId] = useState<string | null>();
  useEffect(() => {
    void datasetStore.siteEntity(url).then(
      (id) => setOutletId(id ?? null),
      () => setOutletId(null),
    );
  }, [url]);
  // First the outlet's record (its chain of owners), then the owners' own records, beside the page's companies.
  const outletIndex = useDatasetIndex(outletId ? [outletId] : []);
  const chainIds = outletId && outletIndex ? outletIndex.controlChain(outletId).map((link) => link.id) : [];
  const index = useDatasetIndex(outletId && outletIndex ? [outletId, ...chainIds, ...pageIds] : []);
  const view = useMemo(() => (outletId && index?.entity(outletId) ? buildSiteOwner(outletId, index, new Set(pageIds)) : undefined), [index, outletId, pageIds.join(' ')]);
  if (!view) return null;
  const { outlet, chain, ties } = view;
  const owner = chain[0];
  const status = owner ? undefined : ownershipLine(outlet, chain, index!.nameOf, t, locale);
  return (
    <section class="site-owner" aria-labelledby="site-owner-title">
      <h2 id="site-owner-title" class="group-title">
        {t('siteTitle')}
      </h2>
      <p class="site-owner-line">{owner ? t('siteOwnedBy', outlet.name, owner.name) : status ? t('siteStatus', outlet.name, status) : t('siteOwnerUnknown', outlet.name)}</p>
      {chain.length > 1 && <p class="chain">{`${t('ownChainLabel')} ${chainText(outlet, chain, locale)}`}</p>}
      {ties.length > 0 && (
        <ul class="facts site-ties">
          {ties.map((tie, i) =>
            tie.kind === 'named' ? (
              <li key={i} class="fact site-tie">
                <span class="sentence">{t('siteOwnerNamed', tie.owner.name)}</span>
              </li>
            ) : (
              <li key={i} class="fact site-tie">
                <span class="sentence">{t('siteOwnerHolds', presentFact(tie.fact, index!.nameOf, { t, locale }, true), tie.company.name)}</span>
                {bestSource(tie.fact.relationship) && <SourceLine source={bestSource(tie.fact.relationship)!} />}
                <CheckMark relationship={tie.fact.relationship} />
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
