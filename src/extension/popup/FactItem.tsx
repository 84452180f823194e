import type { Fact } from '../../core/index';
import { bestSource, CheckMark, SourceLine } from './SourceLine';

export function FactItem({ fact, full = false, hidden = false }: { fact: Fact; full?: boolean; hidden?: boolean }) {
  const { relationship } = fact;
  const source = bestSource(relationship);
  return (
    <li class={`fact status-${relationship.status}`} hidden={hidden}>
      <span class="sentence">{full ? fact.fullSentence : fact.sentence}</span>
      {relationship.note && <span class="note">{relationship.note}</span>}
      {source && <SourceLine source={source} />}
      <CheckMark relationship={relationship} />
    </li>
  );
}
