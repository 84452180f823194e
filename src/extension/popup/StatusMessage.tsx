import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
  action?: { label: string; onClick: () => void };
}

/** One state of the popup: one clear sentence, and the one action that helps, if there is one. */
export function StatusMessage({ title, children, action }: Props) {
  return (
    <div class="status" role="status">
      <p class="status-title">{title}</p>
      {children && <p>{children}</p>}
      {action && (
        <button type="button" class="button status-action" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
