/**
 * The extension's clock. In a store build it is the browser's; the real-browser tests build
 * with a fixed start instant (wxt.config.ts, e2e mode only), from which time runs on, so what
 * the tests see never depends on the day they run.
 */
declare const __INCLUSIO_FIXED_NOW__: string;
declare const __INCLUSIO_BUILT_AT__: number;

const fixedStart = typeof __INCLUSIO_FIXED_NOW__ === 'string' && __INCLUSIO_FIXED_NOW__ ? Date.parse(__INCLUSIO_FIXED_NOW__) : NaN;
const builtAt = typeof __INCLUSIO_BUILT_AT__ === 'number' ? __INCLUSIO_BUILT_AT__ : 0;

/** The current instant. */
export function now(): Date {
  return Number.isNaN(fixedStart) ? new Date() : new Date(fixedStart + (Date.now() - builtAt));
}
