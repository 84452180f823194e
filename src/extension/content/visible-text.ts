/**
 * Reads the text a reader can see, without touching the page: no element is
 * added, no attribute changed. Block boundaries become blank lines so that
 * separate paragraphs never join into one name.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if ((element as HTMLElement).hidden || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function collectVisibleText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        const block = BLOCKS.has(element.tagName.toUpperCase());
        if (block) parts.push('\n\n');
        visit(element);
        if (element.shadowRoot) visit(element.shadowRoot);
        if (block) parts.push('\n\n');
      }
    }
  };
  visit(root);
  return parts.join('').replace(/[ \t]*\n[ \t\n]*\n[ \t]*/g, '\n\n');
}
