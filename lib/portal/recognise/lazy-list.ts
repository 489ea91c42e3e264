/**
 * A list worked out only as far as it is read, and remembered: most fields are recognised by their first label, so
 * the table headers and nearby text of the rest are never looked up (a 20-period form has over a hundred fields).
 */
export function lazyList<T>(produce: () => Iterator<T>): Iterable<T> {
  const seen: T[] = [];
  let source: Iterator<T> | undefined;
  let done = false;
  return {
    *[Symbol.iterator]() {
      for (let i = 0; ; i++) {
        if (i < seen.length) {
          yield seen[i]!;
          continue;
        }
        if (done) return;
        source ??= produce();
        const next = source.next();
        if (next.done) {
          done = true;
          return;
        }
        seen.push(next.value);
        yield next.value;
      }
    },
  };
}

export function firstOf<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}
