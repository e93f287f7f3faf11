/**
 * The last answers of a pure function of a text, kept in the order they were given: a page asks
 * about the same lines and paragraphs again for each of its events. Bounded: the oldest answer
 * goes first once `size` are kept.
 */
export class RecentAnswers<T> {
  readonly #answers = new Map<string, T>();
  readonly #size: number;
  constructor(size: number) {
    this.#size = size;
  }

  /** The kept answer, or undefined (an answer may itself be false or null). */
  get(key: string): T | undefined {
    return this.#answers.get(key);
  }

  set(key: string, answer: T): void {
    if (this.#answers.size >= this.#size) this.#answers.delete(this.#answers.keys().next().value!);
    this.#answers.set(key, answer);
  }
}

/**
 * A reader of places that keeps its last `size` answers and hands out copies: a caller that
 * fills in a place it was given changes no other caller's.
 * @example const countryOf = keptCopies(16, readCountry); countryOf('in Malta') !== countryOf('in Malta') // two equal copies
 */
export function keptCopies<T extends object>(size: number, read: (key: string) => T | undefined): (key: string) => T | undefined {
  const answers = new RecentAnswers<T | null>(size);
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known ? { ...known } : undefined;
    const found = read(key);
    answers.set(key, found ? { ...found } : null);
    return found;
  };
}
