/**
 * Words with an abstract noun's ending in en, fr, de, it, es ("Migration", "Nature", "Bildung", "Gesellschaft",
 * "Bienestar" aside): written capitalised after "in", "à la" or "al" they name a theme, a portfolio or a
 * project ("Animate in Nature", "secrétaire d'État à la Migration"), never a town or a building.
 */
const ABSTRACT_NOUN_END = /(?:ation|ition|ution|ission|ession|ement|ness|ism|isme|ismo|ismus|idad|zione|sione|ung|ungen|heit|keit|schaft|ature|ship|hood|ologie|ology|ologia)$/u;

/**
 * Whether a single folded word ends as an abstract noun does.
 * @example isAbstractNoun('migration') // true
 * @example isAbstractNoun('haguenau') // false
 */
export function isAbstractNoun(folded: string): boolean {
  return ABSTRACT_NOUN_END.test(folded);
}
