import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';

import type { Position } from '../model/position.js';

export type { Position };

export type PathSegment = PropertyKey;

/** A parsed document that can tell where any value path sits in the file. */
export interface ParsedYaml {
  value: unknown;
  /** 1-based position of the node at `path`, or of the nearest ancestor that exists. `key: true` points at the key instead. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Position;
}

export interface YamlFault extends Position {
  key: 'yaml-syntax' | 'multi-document' | 'duplicate-key' | 'alias-limit' | 'depth-limit' | 'empty-file';
  params: Record<string, string | number>;
}

export type YamlResult = { ok: true; parsed: ParsedYaml } | { ok: false; faults: YamlFault[] };

export interface YamlLimits {
  maxAliasCount: number;
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100, maxDepth: 64 };

// The positioned parser is needed only for a file with a problem, or when a position is asked
// for: loading it costs more than parsing a province's reports on the fast path, so it loads
// on first use (synchronously, as the loader is).
let yamlLibrary: typeof import('yaml') | undefined;
function yamlLib(): typeof import('yaml') {
  yamlLibrary ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlLibrary;
}

/** Parses one YAML 1.2 (core schema) document: `2024-04-05` stays a string, `2024` is a number. */
export function parseYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlResult {
  const { parseAllDocuments } = yamlLib();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, faults: [{ key: 'depth-limit', params: { limit: limits.maxDepth }, line: 1, column: 1 }] };
    throw error;
  }
  // Offsets → positions on the text itself: yaml's LineCounter misses newlines inside error tokens.
  const at = positionsIn(text);
  if (!Array.isArray(docs) || docs.length === 0) return { ok: false, faults: [{ key: 'empty-file', params: {}, line: 1, column: 1 }] };
  const doc = docs[0]!;
  // yaml turns its own stack overflow on very deep nesting into an error entry: that is a depth problem.
  const overflow = doc.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) return { ok: false, faults: [{ key: 'depth-limit', params: { limit: limits.maxDepth }, ...at(overflow.pos[0]) }] };
  const faults: YamlFault[] = doc.errors.map((error): YamlFault => {
    const position = at(error.pos[0]);
    return error.code === 'DUPLICATE_KEY'
      ? { key: 'duplicate-key', params: { key: keyAt(text, error.pos[0]) }, ...position }
      : { key: 'yaml-syntax', params: { detail: error.message }, ...position };
  });
  if (docs.length > 1) {
    const second = docs[1]!;
    faults.push({ key: 'multi-document', params: {}, ...at(second.range?.[0] ?? 0) });
  }
  if (faults.length > 0) return { ok: false, faults };
  if (doc.contents === null) return { ok: false, faults: [{ key: 'empty-file', params: {}, line: 1, column: 1 }] };

  const tooDeep = findTooDeep(doc.contents, limits.maxDepth);
  if (tooDeep) return { ok: false, faults: [{ key: 'depth-limit', params: { limit: limits.maxDepth }, ...at(tooDeep.range?.[0] ?? 0) }] };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError) {
      const alias = findFirstAlias(doc.contents);
      return { ok: false, faults: [{ key: 'alias-limit', params: { limit: limits.maxAliasCount }, ...at(alias?.range?.[0] ?? 0) }] };
    }
    throw error;
  }
  return {
    ok: true,
    parsed: {
      value: normalizeStrings(raw),
      locate: (path, options) => {
        const node = findNode(doc, path, options?.key ?? false);
        return at(node?.range?.[0] ?? 0);
      },
    },
  };
}

/** 1-based line and column of each offset, from a sorted list of line starts. */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

// yaml's error range covers only the key's first character: read the key up to its colon.
function keyAt(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

// Walks with an explicit stack: a 50,000-deep file must not overflow ours either.
function findTooDeep(root: Node, maxDepth: number): Node | null {
  const { isCollection, isPair, isScalar } = yamlLib();
  const stack: Array<[Node, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth) return node;
    if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          if (isCollection(item.value) || isScalar(item.value)) stack.push([item.value as Node, depth + 1]);
          if (isCollection(item.key)) stack.push([item.key as Node, depth + 1]);
        } else if (isCollection(item)) stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

function findFirstAlias(root: Node): Node | null {
  const { isAlias, isCollection, isPair } = yamlLib();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isCollection(node)) {
      for (const item of [...node.items].reverse()) stack.push(isPair(item) ? item.value : item);
    }
  }
  return null;
}

function findNode(doc: Document, path: readonly PathSegment[], wantKey: boolean): Node | null {
  const { isMap, isScalar, isSeq } = yamlLib();
  let node = doc.contents as Node | null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value).normalize('NFC') === String(segment));
      if (!pair) return node;
      if (wantKey && i === path.length - 1) return pair.key as Node;
      // A key with no value (`done_on:`) has no value node: point at its key.
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** NFC everywhere, keys included, so a name typed with decomposed diacritics matches. Depth is checked before. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return NON_ASCII.test(value) ? value.normalize('NFC') : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(normalizeStrings);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty: a `__proto__` key from a file stays a plain key and never becomes a prototype.
    Object.defineProperty(out, key.normalize('NFC'), { value: normalizeStrings(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
