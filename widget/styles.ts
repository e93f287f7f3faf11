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
