import type { Fact } from '../../core/index';
import { SourceLine } from './SourceLine';

export function FactItem({ fact, full = false, hidden = false }: { fact: Fact; full?: boolean; hidden?: boolean }) {
  const { relationship } = fact;
  return (
    <li class={`fact status-${relationship.status}`} hidden={hidden}>
      <span class="sentence">{full ? fact.fullSentence : fact.sentence}</span>
      {relationship.note && <span class="note">{relationship.note}</span>}
      {relationship.sources[0] && <SourceLine source={relationship.sources[0]} />}
    </li>
  );
}
