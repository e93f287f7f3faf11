/**
 * Entry of the embeddable widget (`inclusio.js`). Loading it twice, or next to another copy,
 * must not throw: the first definition wins.
 */
import { InclusioEventsElement } from './element.tsx';

export { InclusioEventsElement };

if (typeof customElements !== 'undefined' && !customElements.get('inclusio-events')) {
  customElements.define('inclusio-events', InclusioEventsElement);
}
