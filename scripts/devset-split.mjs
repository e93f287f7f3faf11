// How a development-set page is assigned to the part tuned on ("tune") or the part left alone
// ("heldout"), fixed at the moment the page joins the set, before anyone scores it.
import { createHash } from 'node:crypto';

/** A control is a page that should yield no relevant event: not relevant, or no dated gathering. */
export const isControl = (label) => !label.relevant || label.events.length === 0;

/** Pages are stratified by language and by being a control or not. */
export const stratumOf = (label) => `${label.language}:${isControl(label) ? 'control' : 'page'}`;

/**
 * Within its stratum, the k-th page added (k from 0) falls in block floor(k / 3); one page of each
 * block of three is held out, and which one is decided by a hash of the stratum and block number,
 * so the split is stratified, reproducible and nobody's choice.
 */
export function splitFor(stratum, k) {
  const block = Math.floor(k / 3);
  const slot = parseInt(createHash('sha1').update(`${stratum}:${block}`).digest('hex').slice(0, 8), 16) % 3;
  return k % 3 === slot ? 'heldout' : 'tune';
}

/** The split every label should carry, recomputed from the order of the labels file. */
export function expectedSplits(labels) {
  const seen = new Map();
  return labels.map((label) => {
    const stratum = stratumOf(label);
    const k = seen.get(stratum) ?? 0;
    seen.set(stratum, k + 1);
    return splitFor(stratum, k);
  });
}

/** The text's fingerprint kept in its label, to check that a rebuilt text is the one labelled. */
export const textSha1 = (text) => createHash('sha1').update(text, 'utf8').digest('hex');
