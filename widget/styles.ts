/**
 * The widget's style sheet, adopted into each shadow root as one shared constructable sheet:
 * no <style> elements or style attributes, so a strict CSP (default-src 'self') allows it.
 * Vite inlines styles.css as a minified string.
 */
import css from './styles.css?inline';

let shared: CSSStyleSheet | undefined;

/** One sheet for every instance on the page: parsed once, adopted by each shadow root. */
export function widgetSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(css);
  }
  return shared;
}

/**
 * Adds a view's own sheet to the shadow root (or document) that shows it, once. Adopted sheets
 * need no <style> element, so a strict CSP still allows them.
 */
export function adoptSheet(root: Node, sheet: CSSStyleSheet): void {
  const owner = root as Partial<DocumentOrShadowRoot>;
  if (!owner.adoptedStyleSheets || owner.adoptedStyleSheets.includes(sheet)) return;
  owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, sheet];
}

const sheets = new Map<string, CSSStyleSheet>();

/** A view's own sheet (from its chunk), parsed once per page and adopted where it shows. */
export function adoptCss(root: Node, css: string): void {
  if (typeof CSSStyleSheet === 'undefined') return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  adoptSheet(root, sheet);
}
