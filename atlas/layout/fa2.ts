/**
 * ForceAtlas2 on typed arrays
 * ===========================
 * Jacomy, Venturini, Heymann & Bastian, "ForceAtlas2, a continuous graph layout algorithm for
 * handy network visualization", PLoS ONE 9(6) e98679 (2014), as graphology-layout-forceatlas2
 * implements it (same forces, per-node speed and convergence, same inferred settings), rewritten on
 * a CSR graph with Float64 positions and a Barnes–Hut quadtree in preallocated typed arrays: the
 * library's version spent most of its time on a growing JS array and was ~3× slower at 10⁴ nodes,
 * too slow for a 60 s budget at 10⁵. Repulsion kr·(1+deg i)(1+deg j)/d, attraction w·d (or
 * w·log(1+d) in LinLog mode), gravity toward the origin. No randomness: deterministic.
 */
import type { WeightedGraph } from "../projection/csr.ts";

export interface Fa2Settings {
  scalingRatio: number;
  gravity: number;
  strongGravity: boolean;
  slowDown: number;
  linLog: boolean;
  edgeWeightInfluence: number;
  barnesHut: boolean;
  /** Barnes–Hut accuracy: a region of width s at distance d counts as one body when s/d < θ (Gephi's rule). */
  theta: number;
}

/**
 * graphology's `inferSettings`, with the Barnes–Hut threshold as a parameter, and LinLog mode on:
 * its energy model is the one whose minima separate modularity clusters (Noack 2009), and on the
 * sample corpus it drew the clusters as separate regions where the linear model mixed them.
 */
export function inferFa2Settings(order: number, barnesHutAbove = 2000): Fa2Settings {
  return {
    scalingRatio: 10,
    gravity: 0.05,
    strongGravity: true,
    slowDown: 1 + Math.log(Math.max(1, order)),
    linLog: true,
    edgeWeightInfluence: 1,
    barnesHut: order > barnesHutAbove,
    theta: 1.2,
  };
}

/** A quadtree in flat arrays: a region is a leaf (child < 0) holding bodies, or has four children. */
class QuadTree {
  cx = new Float64Array(0);
  cy = new Float64Array(0);
  half = new Float64Array(0);
  child = new Int32Array(0);
  body = new Int32Array(0);
  mass = new Float64Array(0);
  mx = new Float64Array(0);
  my = new Float64Array(0);
  count = 0;

  reset(capacity: number): void {
    if (this.cx.length < capacity) {
      this.cx = new Float64Array(capacity);
      this.cy = new Float64Array(capacity);
      this.half = new Float64Array(capacity);
      this.child = new Int32Array(capacity);
      this.body = new Int32Array(capacity);
      this.mass = new Float64Array(capacity);
      this.mx = new Float64Array(capacity);
      this.my = new Float64Array(capacity);
    }
    this.count = 0;
  }

  region(cx: number, cy: number, half: number): number {
    if (this.count === this.cx.length) this.grow();
    const r = this.count++;
    this.cx[r] = cx;
    this.cy[r] = cy;
    this.half[r] = half;
    this.child[r] = -1;
    this.body[r] = -1;
    this.mass[r] = this.mx[r] = this.my[r] = 0;
    return r;
  }

  private grow(): void {
    const size = this.cx.length * 2 + 16;
    const copy = <T extends Float64Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.cx = copy(this.cx, new Float64Array(size));
    this.cy = copy(this.cy, new Float64Array(size));
    this.half = copy(this.half, new Float64Array(size));
    this.child = copy(this.child, new Int32Array(size));
    this.body = copy(this.body, new Int32Array(size));
    this.mass = copy(this.mass, new Float64Array(size));
    this.mx = copy(this.mx, new Float64Array(size));
    this.my = copy(this.my, new Float64Array(size));
  }

  private split(r: number): void {
    const h = this.half[r]! / 2;
    const first = this.region(this.cx[r]! - h, this.cy[r]! - h, h);
    this.region(this.cx[r]! + h, this.cy[r]! - h, h);
    this.region(this.cx[r]! - h, this.cy[r]! + h, h);
    this.region(this.cx[r]! + h, this.cy[r]! + h, h);
    this.child[r] = first;
  }

  private quadrant(r: number, x: number, y: number): number {
    return this.child[r]! + (x >= this.cx[r]! ? 1 : 0) + (y >= this.cy[r]! ? 2 : 0);
  }

  /** Adds body i; past depth 48 (coincident points) bodies share a leaf. */
  insert(i: number, x: number, y: number, m: number): void {
    let r = 0;
    for (let depth = 0; ; depth++) {
      this.mass[r]! += m;
      this.mx[r]! += m * x;
      this.my[r]! += m * y;
      if (this.child[r]! >= 0) {
        r = this.quadrant(r, x, y);
        continue;
      }
      if (this.body[r] === -1 || depth >= 48) {
        if (this.body[r] === -1) this.body[r] = i;
        return;
      }
      // Leaf holding one body: split and push that body down one level, then go on with i.
      const j = this.body[r]!;
      const jm = this.mass[r]! - m;
      const jx = (this.mx[r]! - m * x) / jm;
      const jy = (this.my[r]! - m * y) / jm;
      this.body[r] = -1;
      this.split(r);
      const q = this.quadrant(r, jx, jy);
      this.body[q] = j;
      this.mass[q] = jm;
      this.mx[q] = jm * jx;
      this.my[q] = jm * jy;
      r = this.quadrant(r, x, y); // the next turn adds i's mass there
    }
  }
}

interface State {
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  oldDx: Float64Array;
  oldDy: Float64Array;
  mass: Float64Array;
  convergence: Float64Array;
}

function repulseExact(s: State, kr: number): void {
  const n = s.x.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const xd = s.x[i]! - s.x[j]!;
      const yd = s.y[i]! - s.y[j]!;
      const d2 = xd * xd + yd * yd;
      if (d2 <= 0) continue;
      const f = (kr * s.mass[i]! * s.mass[j]!) / d2;
      s.dx[i]! += xd * f;
      s.dy[i]! += yd * f;
      s.dx[j]! -= xd * f;
      s.dy[j]! -= yd * f;
    }
  }
}

function repulseBarnesHut(s: State, kr: number, theta: number, tree: QuadTree, stack: Int32Array): void {
  const n = s.x.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, s.x[i]!);
    maxX = Math.max(maxX, s.x[i]!);
    minY = Math.min(minY, s.y[i]!);
    maxY = Math.max(maxY, s.y[i]!);
  }
  tree.reset(4 * n + 16);
  tree.region((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY, 1e-9) / 2 + 1e-9);
  for (let i = 0; i < n; i++) tree.insert(i, s.x[i]!, s.y[i]!, s.mass[i]!);
  // Mass sums → centres of mass, once per iteration instead of once per visit.
  for (let r = 0; r < tree.count; r++) {
    const m = tree.mass[r]!;
    if (m > 0) {
      tree.mx[r]! /= m;
      tree.my[r]! /= m;
    }
  }
  const theta2 = theta * theta;
  for (let i = 0; i < n; i++) {
    const xi = s.x[i]!;
    const yi = s.y[i]!;
    const kmi = kr * s.mass[i]!;
    let fx = 0;
    let fy = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const r = stack[--top]!;
      const m = tree.mass[r]!;
      if (m === 0 || tree.body[r] === i) continue;
      const xd = xi - tree.mx[r]!;
      const yd = yi - tree.my[r]!;
      const d2 = xd * xd + yd * yd;
      const width = 2 * tree.half[r]!;
      if (tree.child[r]! < 0 || width * width < theta2 * d2) {
        if (d2 > 0) {
          const f = (kmi * m) / d2;
          fx += xd * f;
          fy += yd * f;
        }
        continue;
      }
      const c = tree.child[r]!;
      stack[top++] = c;
      stack[top++] = c + 1;
      stack[top++] = c + 2;
      stack[top++] = c + 3;
    }
    s.dx[i]! += fx;
    s.dy[i]! += fy;
  }
}

function attractAndPull(s: State, g: WeightedGraph, settings: Fa2Settings): void {
  const n = g.n;
  const kg = settings.gravity; // coefficient·(gravity / scalingRatio) with coefficient = scalingRatio
  for (let i = 0; i < n; i++) {
    const d = Math.hypot(s.x[i]!, s.y[i]!);
    if (d <= 0) continue;
    const f = settings.strongGravity ? kg * s.mass[i]! : (kg * s.mass[i]!) / d;
    s.dx[i]! -= s.x[i]! * f;
    s.dy[i]! -= s.y[i]! * f;
  }
  for (let i = 0; i < n; i++) {
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      const j = g.neighbours[e]!;
      if (j <= i) continue; // each undirected edge once
      const w = settings.edgeWeightInfluence === 1 ? g.weights[e]! : g.weights[e]! ** settings.edgeWeightInfluence;
      const xd = s.x[i]! - s.x[j]!;
      const yd = s.y[i]! - s.y[j]!;
      let f = -w;
      if (settings.linLog) {
        const d = Math.hypot(xd, yd);
        if (d <= 0) continue;
        f = (-w * Math.log1p(d)) / d;
      }
      s.dx[i]! += xd * f;
      s.dy[i]! += yd * f;
      s.dx[j]! -= xd * f;
      s.dy[j]! -= yd * f;
    }
  }
}

function move(s: State, slowDown: number): void {
  for (let i = 0; i < s.x.length; i++) {
    const ddx = s.oldDx[i]! - s.dx[i]!;
    const ddy = s.oldDy[i]! - s.dy[i]!;
    const swinging = s.mass[i]! * Math.sqrt(ddx * ddx + ddy * ddy);
    const sdx = s.oldDx[i]! + s.dx[i]!;
    const sdy = s.oldDy[i]! + s.dy[i]!;
    const traction = Math.sqrt(sdx * sdx + sdy * sdy) / 2;
    const speed = (s.convergence[i]! * Math.log1p(traction)) / (1 + Math.sqrt(swinging));
    const force2 = s.dx[i]! ** 2 + s.dy[i]! ** 2;
    s.convergence[i] = Math.min(1, Math.sqrt((speed * force2) / (1 + Math.sqrt(swinging))));
    s.x[i]! += s.dx[i]! * (speed / slowDown);
    s.y[i]! += s.dy[i]! * (speed / slowDown);
  }
}

/** Runs `iterations` steps, moving x and y in place. */
/**
 * Optional pull of each node towards the centre of its group (its top-level cluster), like strong
 * gravity but to the group's centroid: `strength` × mass × distance. Groups -1 are not pulled.
 */
export interface GroupPull {
  group: Int32Array;
  strength: number;
}

function pullToGroups(s: State, pull: GroupPull): void {
  let groups = 0;
  for (const c of pull.group) groups = Math.max(groups, c + 1);
  const sx = new Float64Array(groups);
  const sy = new Float64Array(groups);
  const count = new Float64Array(groups);
  pull.group.forEach((c, i) => {
    if (c < 0) return;
    sx[c]! += s.x[i]!;
    sy[c]! += s.y[i]!;
    count[c]! += 1;
  });
  pull.group.forEach((c, i) => {
    if (c < 0) return;
    const f = pull.strength * s.mass[i]!;
    s.dx[i]! -= (s.x[i]! - sx[c]! / count[c]!) * f;
    s.dy[i]! -= (s.y[i]! - sy[c]! / count[c]!) * f;
  });
}

export function forceAtlas2(
  g: WeightedGraph,
  x: Float64Array,
  y: Float64Array,
  settings: Fa2Settings,
  iterations: number,
  pull?: GroupPull,
): void {
  const n = g.n;
  const mass = new Float64Array(n);
  for (let i = 0; i < n; i++) mass[i] = 1 + (g.offsets[i + 1]! - g.offsets[i]!);
  const s: State = {
    x,
    y,
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    oldDx: new Float64Array(n),
    oldDy: new Float64Array(n),
    mass,
    convergence: new Float64Array(n).fill(1),
  };
  const tree = new QuadTree();
  const stack = new Int32Array(4 * 64 + 8);
  for (let it = 0; it < iterations; it++) {
    s.oldDx.set(s.dx);
    s.oldDy.set(s.dy);
    s.dx.fill(0);
    s.dy.fill(0);
    if (settings.barnesHut) repulseBarnesHut(s, settings.scalingRatio, settings.theta, tree, stack);
    else repulseExact(s, settings.scalingRatio);
    attractAndPull(s, g, settings);
    if (pull && pull.strength > 0) pullToGroups(s, pull);
    move(s, settings.slowDown);
  }
}
