/**
 * A place written as a line of its own without a street word: a venue's name, its town and a
 * postcode ("Fabrique du Viala Lanuéjols 48000 Lozère", "Centro Sociale Il Ponte - 40121 Bologna"),
 * as event pages print under their text. Read only where a page's gatherings have no place at all.
 */

/** A five-digit postcode (France, Germany, Italy, Spain): a year has four digits, so none is taken for one. */
const POSTCODE = /(?<![\p{N}.,:/-])\d{5}(?![\p{N}.,:/])/u;
/** Words of a line that may stand in a place's name besides capitalised ones: linking words, a dash, a comma. */
const LINKING = /^(?:de|du|des|la|le|les|d['’]\S+|l['’]\S+|di|del|della|dei|delle|dell['’]\S+|el|los|las|der|die|das|am|an|im|von|of|the|and|et|e|y|und|[-–—,/|])$/u;
/** Words before a number that make it a count ("Über 12000 Teilnehmer", "plus de 20000 visiteurs", "oltre 15000 persone"). */
const COUNT_BEFORE = /(?<![\p{L}])(?:über|uber|rund|fast|mehr als|circa|ca\.?|etwa|knapp|plus de|près de|pres de|environ|oltre|circa|quasi|più di|piu di|más de|mas de|casi|unos|unas|over|about|around|nearly|almost|more than)\s*$/iu;

/**
 * Whether a line is a place's name and postcode with nothing else: capitalised words (and linking words), a
 * five-digit postcode, no lower-case word of a sentence.
 * @example postcodeLine('Fabrique du Viala Lanuéjols 48000 Lozère Occitanie') // true
 * @example postcodeLine('Rund 12000 Besucher kamen zum Fest') // false
 */
export function postcodeLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 10 || text.length > 100) return false;
  const code = POSTCODE.exec(text);
  if (!code || COUNT_BEFORE.test(text.slice(0, code.index))) return false;
  const before = text.slice(0, code.index).trim();
  const after = text.slice(code.index + 5).trim();
  // (A town after the postcode, and something before it or after the town: a name, a street, a region.)
  if (!/^\p{Lu}/u.test(after) || (!before && !/\s/.test(after))) return false;
  const words = `${before} ${after}`.split(/\s+/u).filter(Boolean);
  return words.every((w) => /^[\p{Lu}\d(]/u.test(w) || LINKING.test(w.toLowerCase())) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
