/**
 * Fallback positions for nodes the layout stage has not placed (before `paperatlas layout`, or
 * nodes added since): each cluster's missing members go on a sunflower spiral around the cluster's
 * centre — the mean of its placed members, or a point on a ring around everything placed. Pure and
 * deterministic (no randomness), so a link to a view reopens the same picture.
 */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface Positions {
  x: Float64Array;
  y: Float64Array;
  placed: Uint8Array;
  /** Cluster index per node, -1 for none. */
  cluster: Int32Array;
}

interface Extent {
  cx: number;
  cy: number;
  radius: number;
}

function extentOf(p: Positions): Extent | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
  for (let i = 0; i < p.x.length; i++) {
    if (!p.placed[i]) continue;
    minX = Math.min(minX, p.x[i]!);
    maxX = Math.max(maxX, p.x[i]!);
    minY = Math.min(minY, p.y[i]!);
    maxY = Math.max(maxY, p.y[i]!);
  }
  if (minX === Infinity) return null;
  return {
    cx: (minX + maxX) / 2,
    cy: (minY + maxY) / 2,
    radius: Math.max(1, Math.hypot(maxX - minX, maxY - minY) / 2),
  };
}

/** Fills in x/y of every unplaced node; returns how many it placed. */
export function placeMissing(p: Positions): number {
  const n = p.x.length;
  const missing = new Map<number, number[]>();
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (let i = 0; i < n; i++) {
    const c = p.cluster[i]!;
    if (p.placed[i]) {
      const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
      s.x += p.x[i]!;
      s.y += p.y[i]!;
      s.n += 1;
      sums.set(c, s);
    } else {
      missing.set(c, [...(missing.get(c) ?? []), i]);
    }
  }
  if (missing.size === 0) return 0;
  const extent = extentOf(p);
  const total = [...missing.values()].reduce((a, m) => a + m.length, 0);
  // Spacing: placed graphs keep their scale; an unplaced graph gets unit spacing.
  const spacing = extent ? (0.5 * extent.radius) / Math.sqrt(Math.max(n, 1)) : 1;
  const homeless = [...missing.keys()].filter((c) => !sums.has(c) || c === -1).sort((a, b) => a - b);
  const ring = extent ? extent.radius * 1.3 : spacing * Math.sqrt(total) * 1.5;
  const centre = { x: extent?.cx ?? 0, y: extent?.cy ?? 0 };
  let placedCount = 0;
  for (const [c, members] of [...missing.entries()].sort((a, b) => a[0] - b[0])) {
    const s = sums.get(c);
    const k = homeless.indexOf(c);
    const angle = (2 * Math.PI * k) / Math.max(homeless.length, 1);
    const cx =
      s && c !== -1 ? s.x / s.n : homeless.length === 1 && !extent ? centre.x : centre.x + ring * Math.cos(angle);
    const cy =
      s && c !== -1 ? s.y / s.n : homeless.length === 1 && !extent ? centre.y : centre.y + ring * Math.sin(angle);
    members.forEach((i, j) => {
      const r = spacing * Math.sqrt(j + 0.5) * 1.2;
      p.x[i] = cx + r * Math.cos(j * GOLDEN_ANGLE);
      p.y[i] = cy + r * Math.sin(j * GOLDEN_ANGLE);
      p.placed[i] = 1;
      placedCount++;
    });
  }
  return placedCount;
}
