import type { Fact, NameOf } from '../../core/index';
import { locale, t } from '../shared/i18n';
import { presentFact } from '../shared/present-fact';
import { bestSource, CheckMark, SourceLine } from './SourceLine';

/** One fact in the reader's language; its note stays as the data wrote it, in English. */
export function FactItem({ fact, nameOf, full = false, hidden = false }: { fact: Fact; nameOf: NameOf; full?: boolean; hidden?: boolean }) {
  const { relationship } = fact;
  const source = bestSource(relationship);
  return (
    <li class={`fact status-${relationship.status}`} hidden={hidden}>
      <span class="sentence">{presentFact(fact, nameOf, { t, locale }, full)}</span>
      {relationship.note && (
        <span class="note" lang="en">
          {relationship.note}
        </span>
      )}
      {source && <SourceLine source={source} />}
      <CheckMark relationship={relationship} />
    </li>
  );
}
