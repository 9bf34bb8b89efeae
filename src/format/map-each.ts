/** Each item mapped only when a streamed format asks for its piece: no mapped copy of a whole list exists at once. */
export function* mapEach<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
