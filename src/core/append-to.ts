/** Adds a value to the list under `key`, creating it: Map.groupBy's job, which Node 20 lacks. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
