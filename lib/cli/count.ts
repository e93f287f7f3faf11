/**
 * A count with its noun for the command line's English output: '1 event', '27 events'.
 * @example countOf(1, 'event') // '1 event'
 */
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
