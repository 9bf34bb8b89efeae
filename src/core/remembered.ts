/**
 * The value for `key`: worked out by `work` the first time, and kept in `known` while it holds fewer
 * than `limit` values (past that, worked out each time). For the few hundred distinct days and
 * periods that tens of thousands of reports and obligations repeat.
 */
export function remembered<K, V>(known: Map<K, V>, limit: number, key: K, work: (key: K) => V): V {
  let value = known.get(key);
  if (value === undefined) {
    value = work(key);
    if (known.size < limit) known.set(key, value);
  }
  return value;
}
