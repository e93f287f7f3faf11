/**
 * Text for a terminal. Source names, titles and error messages come from partners' feeds;
 * an ESC or BEL in them would let a feed recolour, retitle or clear the coordinator's
 * terminal, so every control character but line feed and tab is removed on the way out.
 */

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * @example forTerminal('Partner\u001b]0;pwned\u0007 failed\n') // 'Partner]0;pwned failed\n'
 */
export function forTerminal(text: string): string {
  return text.replace(CONTROLS, '');
}
