// Validation errors keyed by field, in the order the fields appear on the page.

export class FormErrors {
  #byKey = new Map();

  /** Keeps the first message for a field: one problem at a time, as GOV.UK advises. */
  add(key, message) {
    if (!this.#byKey.has(key)) this.#byKey.set(key, message);
  }

  get(key) {
    return this.#byKey.get(key) ?? '';
  }

  get size() {
    return this.#byKey.size;
  }

  entries() {
    return [...this.#byKey.entries()];
  }
}
