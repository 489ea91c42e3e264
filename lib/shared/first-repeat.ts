/** The first item whose key an earlier item already had, with both positions; undefined when every key is different. */
export function firstRepeat<T>(items: readonly T[], keyOf: (item: T) => string): { first: number; index: number; key: string } | undefined {
  const firstIndex = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first !== undefined) return { first, index, key };
    firstIndex.set(key, index);
  }
  return undefined;
}
