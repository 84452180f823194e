import { estimateTextWidth, type MeasureText } from './graph-layout';

/** The graph's text, as popup.css draws it. */
const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Measures names with the font the drawing uses, so the layout's boxes are
 * the boxes the browser paints; without a canvas, a generous estimate.
 */
export function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = bold ? `600 ${FONT}` : FONT;
      width = Math.ceil(context.measureText(text).width) + 2;
      cache.set(key, width);
    }
    return width;
  };
}
