// Aho-Corasick automaton: finds every occurrence of every pattern in one left-to-right pass,
// whatever the number of patterns. (One regex per alias is what froze pages for mark.js.)

export interface AutomatonHit {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  start: number;
  end: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending at this node, including those inherited through dictionary suffix links. */
  out: number[];
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charCodeAt(i);
        const node = this.nodes[state]!;
        let child = node.next.get(ch);
        if (child === undefined) {
          child = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          node.next.set(ch, child);
        }
        state = child;
      }
      this.nodes[state]!.out.push(index);
    });
    this.buildFailureLinks();
  }

  private buildFailureLinks(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [ch, child] of this.nodes[state]!.next) {
        queue.push(child);
        let fail = this.nodes[state]!.fail;
        while (fail !== 0 && !this.nodes[fail]!.next.has(ch)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(ch);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...this.nodes[childNode.fail]!.out);
      }
    }
  }

  /** Every occurrence, overlapping ones included, in order of end offset. */
  search(text: string): AutomatonHit[] {
    const hits: AutomatonHit[] = [];
    let state = 0;
    const nodes = this.nodes;
    for (let i = 0; i < text.length; i++) {
      // Char codes, not one-character strings: no allocation per character on the hot path.
      const ch = text.charCodeAt(i);
      let next = nodes[state]!.next.get(ch);
      while (next === undefined && state !== 0) {
        state = nodes[state]!.fail;
        next = nodes[state]!.next.get(ch);
      }
      state = next ?? 0;
      const out = nodes[state]!.out;
      for (let k = 0; k < out.length; k++) {
        const pattern = out[k]!;
        hits.push({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
      }
    }
    return hits;
  }
}
