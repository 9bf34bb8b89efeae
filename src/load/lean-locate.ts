import type { Locate } from '../model/position.js';
import { type LeanOffsets, leanOffsets } from './lean-parse.js';
import { positionsIn } from './parse-yaml.js';

/**
 * Positions in a file the lean parser reads, where the careful parser would put them: a value's
 * start, or its key's, else that of the nearest ancestor there is. A tenth of the careful parse's
 * cost or less, and a fraction of its memory: JUnit, GitHub and GitLab output point every
 * obligation at its line. Undefined when the lean parser cannot read the text.
 */
export function locateLean(text: string, maxDepth: number): Locate | undefined {
  const offsets = leanOffsets(text, maxDepth);
  if (!offsets) return undefined;
  const at = positionsIn(text);
  return (path, options) => at(offsetOf(offsets, path, options?.key ?? false));
}

function offsetOf(offsets: LeanOffsets, path: readonly PropertyKey[], wantKey: boolean): number {
  let node = 0;
  for (let i = 0; i < path.length; i++) {
    const child = childOf(offsets, node, path[i]!);
    if (child === -1) break;
    // Only a value in a mapping has a key; an item of a sequence points at itself.
    if (wantKey && i === path.length - 1 && offsets.key[child]! !== -1) return offsets.key[child]!;
    node = child;
  }
  return offsets.value[node]!;
}

/**
 * The node under `parent` that `segment` leads to, or -1. As the careful parser descends: into a
 * sequence by a number only, into a mapping by the key's text.
 */
function childOf(offsets: LeanOffsets, parent: number, segment: PropertyKey): number {
  const wanted = typeof segment === 'number' ? segment : String(segment);
  for (let node = parent + 1; node < offsets.parent.length; node++) {
    if (offsets.parent[node] !== parent) continue;
    const own = offsets.segment[node];
    if (own === wanted || (typeof own === 'string' && typeof segment === 'number' && own === String(segment))) return node;
  }
  return -1;
}
