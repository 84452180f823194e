import type { Graph, GraphNode } from './graph-model';
import { t } from '../shared/i18n';

interface Props {
  graph: Graph;
  onSelect: (id: string) => void;
}

/**
 * The ties as a small SVG drawing. Each company is a button (Tab, Enter or a
 * click selects it); lines and their labels are decoration for sighted
 * readers, since the sentence list next to it says the same in words.
 */
export function ConnectionGraph({ graph, onSelect }: Props) {
  const at = new Map(graph.nodes.map((node) => [node.id, node]));
  const describe = (node: GraphNode) => t(node.onPage ? 'graphNodeOnPage' : 'graphNodeOffPage', node.name);
  return (
    <svg class="graph" viewBox={`0 0 ${graph.width} ${graph.height}`} role="group" aria-label={t('graphLabel')}>
      <g class="edges" aria-hidden="true">
        {graph.edges.map((edge) => {
          const [from, to] = [at.get(edge.from)!, at.get(edge.to)!];
          return <line key={edge.key} class={`edge${edge.betweenPageCompanies ? ' edge-page' : ''}${edge.past ? ' edge-past' : ''}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
        })}
        {graph.edges.map((edge) => (
          <text key={`label-${edge.key}`} class="edge-label" x={edge.labelX} y={edge.labelY} text-anchor="middle" dominant-baseline="middle">
            {edge.label}
          </text>
        ))}
      </g>
      {graph.nodes.map((node) => (
        <g
          key={node.id}
          class={`node${node.onPage ? ' node-page' : ''}`}
          data-node={node.id}
          tabindex={0}
          role="button"
          aria-label={describe(node)}
          onClick={() => onSelect(node.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onSelect(node.id);
            }
          }}
        >
          <title>{node.name}</title>
          <circle class="focus-ring" cx={node.x} cy={node.y} r={node.r + 5} />
          <circle cx={node.x} cy={node.y} r={node.r} />
        </g>
      ))}
      {/* Names sit outside the buttons: a cut name ("Alphabet Holdi…") must not stand in for the button's full accessible name. */}
      <g class="node-labels" aria-hidden="true">
        {graph.nodes.map((node) => (
          <text key={node.id} class={node.onPage ? 'node-label node-label-page' : 'node-label'} x={node.labelX} y={node.labelY} text-anchor={node.anchor} onClick={() => onSelect(node.id)}>
            {node.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
