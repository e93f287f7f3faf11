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
