import { foldChar } from './fold-char';

/** A whole string folded the way the matcher folds names, with spaces collapsed: for look-ups by name. */
export function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return folded
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]|\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const LEGAL_SUFFIX = /[,.]?\s+(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|ag|se|sa|s\.a|nv|n\.v|group|holdings?)\.?$/u;

/** A name without case, accents or a trailing legal form: "Apple Inc." and "Apple" compare equal. */
export function comparableName(name: string): string {
  let folded = foldText(name);
  for (let previous = ''; previous !== folded;) {
    previous = folded;
    folded = folded.replace(LEGAL_SUFFIX, '');
  }
  return folded;
}
