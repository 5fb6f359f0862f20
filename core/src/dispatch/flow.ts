// A small Dinic max-flow: D3's batch distribution (cadre → department-batch → batch) is a
// transportation problem with nested caps, and greedy filling fails on tight probation cases.
// Edges are explored in insertion order, so callers express preferences by the order they add them.
export class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly initial: number[] = [];
  private readonly adj: number[][];
  private level: number[] = [];
  private iter: number[] = [];

  constructor(nodes: number) {
    this.adj = Array.from({ length: nodes }, () => []);
  }

  addNode(): number {
    this.adj.push([]);
    return this.adj.length - 1;
  }

  // Returns the edge's index, for reading its flow after maxFlow().
  addEdge(from: number, to: number, capacity: number): number {
    const e = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.initial.push(capacity, 0);
    this.adjOf(from).push(e);
    this.adjOf(to).push(e + 1);
    return e;
  }

  flowOn(edge: number): number {
    return (this.initial[edge] ?? 0) - (this.cap[edge] ?? 0);
  }

  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.bfs(source, sink)) {
      this.iter = new Array<number>(this.adj.length).fill(0);
      for (;;) {
        const pushed = this.dfs(source, sink, Infinity);
        if (pushed === 0) break;
        total += pushed;
      }
    }
    return total;
  }

  private adjOf(node: number): number[] {
    const list = this.adj[node];
    if (!list) throw new RangeError(`flow node ${node} does not exist`);
    return list;
  }

  private bfs(source: number, sink: number): boolean {
    this.level = new Array<number>(this.adj.length).fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head] ?? 0;
      for (const e of this.adjOf(u)) {
        const v = this.to[e] ?? 0;
        if ((this.cap[e] ?? 0) > 0 && this.level[v] === -1) {
          this.level[v] = (this.level[u] ?? 0) + 1;
          queue.push(v);
        }
      }
    }
    return this.level[sink] !== -1;
  }

  private dfs(u: number, sink: number, limit: number): number {
    if (u === sink) return limit;
    const edges = this.adjOf(u);
    for (; (this.iter[u] ?? 0) < edges.length; this.iter[u] = (this.iter[u] ?? 0) + 1) {
      const e = edges[this.iter[u] ?? 0] ?? 0;
      const v = this.to[e] ?? 0;
      const c = this.cap[e] ?? 0;
      if (c <= 0 || this.level[v] !== (this.level[u] ?? 0) + 1) continue;
      const pushed = this.dfs(v, sink, Math.min(limit, c));
      if (pushed > 0) {
        this.cap[e] = c - pushed;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + pushed;
        return pushed;
      }
    }
    return 0;
  }
}
