// Presentation the exported svg must carry itself: outside the page, var(--series-1) and
// light-dark() mean nothing, so each element gets the values the browser computed for it.
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

// Parts that only exist while someone hovers: not part of the chart as published.
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';

const NEVER_RENDERED = new Set([
  'defs',
  'clipPath',
  'pattern',
  'linearGradient',
  'radialGradient',
  'mask',
  'marker',
  'symbol',
  'title',
  'desc',
]);

/**
 * Copies the original's computed presentation onto its clone, element by element. Both trees
 * must have the same shape: call it on a fresh `cloneNode(true)`.
 */
export function inlineComputedStyles(original: Element, clone: Element): void {
  const view = original.ownerDocument.defaultView;
  if (!view) return;
  const walk = (from: Element, to: Element, inDefs: boolean) => {
    const style = view.getComputedStyle(from);
    const defs = inDefs || NEVER_RENDERED.has(from.localName);
    // Definitions (clip paths, bar patterns) count as hidden but are referenced by what is drawn.
    if (!defs && (style.display === 'none' || style.visibility === 'hidden')) {
      to.remove();
      return;
    }
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop);
      if (value !== '' && value !== 'auto' && value !== 'normal') to.setAttribute(prop, value);
    }
    to.removeAttribute('style');
    to.removeAttribute('class');
    to.removeAttribute('tabindex');
    to.removeAttribute('role');
    to.removeAttribute('aria-label');
    to.removeAttribute('aria-hidden');
    to.removeAttribute('focusable');
    const pairs = Array.from(from.children).map((child, i) => [child, to.children[i]!] as const);
    for (const [childFrom, childTo] of pairs) {
      if (childFrom.matches(TRANSIENT)) childTo.remove();
      else walk(childFrom, childTo, defs);
    }
  };
  walk(original, clone, false);
}
