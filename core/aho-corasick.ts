// Aho-Corasick automaton: finds every occurrence of every pattern in one left-to-right pass,
// whatever the number of patterns. (One regex per alias is what froze pages for mark.js.)
//
// Stored flat, in typed arrays, because it is built in every page the reader opens: with ~2,700
// patterns (~50,000 trie nodes) a Map per node held 8 MB and took 25 ms to build. Here each node's
// children sit in one sorted run of two shared arrays (compressed rows), the root's children in a
// direct table (the root is where the scan returns most often), and a node's matches are its own
// patterns plus those reached through dictionary suffix links.

export interface AutomatonHit {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  start: number;
  end: number;
}

/** Children searched one by one up to this many; beyond, by binary search. */
const LINEAR_CHILDREN = 8;
const NONE = -1;

export class AhoCorasick {
  private readonly lengths: Int32Array;
  /** Children of node i: chars childChar[childStart[i] .. childStart[i+1]), sorted, and their nodes. */
  private readonly childStart: Int32Array;
  private readonly childChar: Uint16Array;
  private readonly childNode: Int32Array;
  /** The root's child for each UTF-16 code unit (0: none, so the scan stays at the root). */
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  /** The nearest node on the failure chain that has patterns of its own (NONE: no such node). */
  private readonly dictLink: Int32Array;
  /** First pattern ending exactly at a node, and the next pattern ending at the same node. */
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;

  constructor(patterns: readonly string[]) {
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    // Build the trie with one shared edge map keyed by (node, char); it is dropped after the build.
    const edges = new Map<number, number>();
    const parents: number[] = [];
    const chars: number[] = [];
    let nodeCount = 1;
    const ends: number[] = new Array<number>(patterns.length).fill(NONE);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charCodeAt(i);
        const key = state * 0x10000 + ch;
        let child = edges.get(key);
        if (child === undefined) {
          child = nodeCount++;
          edges.set(key, child);
          parents[child] = state;
          chars[child] = ch;
        }
        state = child;
      }
      ends[index] = state;
    });

    // Compressed rows: count children per node, then place each child in its parent's run.
    this.childStart = new Int32Array(nodeCount + 1);
    for (let node = 1; node < nodeCount; node++) this.childStart[parents[node]! + 1]!++;
    for (let i = 0; i < nodeCount; i++) this.childStart[i + 1]! += this.childStart[i]!;
    const fill = this.childStart.slice(0, nodeCount);
    this.childChar = new Uint16Array(Math.max(0, nodeCount - 1));
    this.childNode = new Int32Array(Math.max(0, nodeCount - 1));
    for (let node = 1; node < nodeCount; node++) {
      const at = fill[parents[node]!]!++;
      this.childChar[at] = chars[node]!;
      this.childNode[at] = node;
    }
    for (let node = 0; node < nodeCount; node++) this.sortChildren(node);
    this.rootNext = new Int32Array(0x10000);
    for (let k = this.childStart[0]!; k < this.childStart[1]!; k++) this.rootNext[this.childChar[k]!] = this.childNode[k]!;

    this.firstPattern = new Int32Array(nodeCount).fill(NONE);
    this.nextPattern = new Int32Array(patterns.length).fill(NONE);
    // Backwards, so each node's own patterns come out in ascending order.
    for (let index = patterns.length - 1; index >= 0; index--) {
      const node = ends[index]!;
      if (node === NONE) continue;
      this.nextPattern[index] = this.firstPattern[node]!;
      this.firstPattern[node] = index;
    }

    this.fail = new Int32Array(nodeCount);
    this.dictLink = new Int32Array(nodeCount).fill(NONE);
    this.buildFailureLinks(nodeCount);
  }

  private sortChildren(node: number): void {
    const from = this.childStart[node]!;
    const to = this.childStart[node + 1]!;
    if (to - from < 2) return;
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => this.childChar[a]! - this.childChar[b]!);
    const sortedChars = order.map((k) => this.childChar[k]!);
    const sortedNodes = order.map((k) => this.childNode[k]!);
    this.childChar.set(sortedChars, from);
    this.childNode.set(sortedNodes, from);
  }

  /** The child of node for char, or NONE. */
  private child(node: number, ch: number): number {
    if (node === 0) return this.rootNext[ch]! || NONE;
    let lo = this.childStart[node]!;
    let hi = this.childStart[node + 1]! - 1;
    if (hi - lo < LINEAR_CHILDREN) {
      for (let k = lo; k <= hi; k++) if (this.childChar[k] === ch) return this.childNode[k]!;
      return NONE;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.childChar[mid]!;
      if (c === ch) return this.childNode[mid]!;
      if (c < ch) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  private buildFailureLinks(nodeCount: number): void {
    const queue = new Int32Array(nodeCount);
    let tail = 0;
    for (let k = this.childStart[0]!; k < this.childStart[1]!; k++) queue[tail++] = this.childNode[k]!;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let k = this.childStart[state]!; k < this.childStart[state + 1]!; k++) {
        const ch = this.childChar[k]!;
        const child = this.childNode[k]!;
        queue[tail++] = child;
        let fail = this.fail[state]!;
        let target = this.child(fail, ch);
        while (target === NONE && fail !== 0) {
          fail = this.fail[fail]!;
          target = this.child(fail, ch);
        }
        const link = target !== NONE && target !== child ? target : 0;
        this.fail[child] = link;
        this.dictLink[child] = this.firstPattern[link] !== NONE ? link : this.dictLink[link]!;
      }
    }
  }

  /** Every occurrence, overlapping ones included, in order of end offset. */
  search(text: string): AutomatonHit[] {
    const hits: AutomatonHit[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      // Char codes, not one-character strings: no allocation per character on the hot path.
      const ch = text.charCodeAt(i);
      let next = this.child(state, ch);
      while (next === NONE && state !== 0) {
        state = this.fail[state]!;
        next = this.child(state, ch);
      }
      state = next === NONE ? 0 : next;
      for (let node = this.firstPattern[state] !== NONE ? state : this.dictLink[state]!; node !== NONE; node = this.dictLink[node]!) {
        for (let pattern = this.firstPattern[node]!; pattern !== NONE; pattern = this.nextPattern[pattern]!) {
          hits.push({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
        }
      }
    }
    return hits;
  }
}
