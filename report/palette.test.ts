import { describe, expect, it } from "vitest";
import { CLUSTER_PALETTE, clusterColor, clusterColorOrder, hslToHex, UNCLUSTERED_COLOR } from "../schema/palette.ts";

/** The map's rule, as its CSS colours wrote it: Tableau 20, then golden-angle hues at 55 % saturation. */
function mapColor(index: number | null): string {
  if (index === null || index < 0) return "#a3a3ad";
  if (index < CLUSTER_PALETTE.length) return CLUSTER_PALETTE[index]!;
  return `hsl(${Math.round((index * 137.508) % 360)}, 55%, ${index % 2 ? 45 : 60}%)`;
}

/** `hsl(h, s%, l%)` → `#rrggbb`, `#rrggbb` unchanged. */
function asHex(color: string): string {
  const m = /^hsl\((\d+), (\d+)%, (\d+)%\)$/.exec(color);
  return m ? hslToHex(Number(m[1]), Number(m[2]), Number(m[3])) : color;
}

describe("schema/palette.ts", () => {
  it("gives every cluster the colour of the map's rule, the first 200 included", () => {
    expect(CLUSTER_PALETTE.slice(0, 3)).toEqual(["#4e79a7", "#f28e2b", "#e15759"]);
    for (let i = 0; i < 200; i++) expect(clusterColor(i), `cluster ${i}`).toBe(asHex(mapColor(i)));
    expect(clusterColor(null)).toBe(mapColor(null));
    expect(UNCLUSTERED_COLOR).toBe("#a3a3ad");
  });

  it("hslToHex() converts as CSS does", () => {
    expect(hslToHex(0, 100, 50)).toBe("#ff0000");
    expect(hslToHex(120, 100, 25)).toBe("#008000");
    expect(hslToHex(210, 50, 60)).toBe("#6699cc");
  });

  it("clusterColorOrder() ranks clusters by size, ties by id, as the map payload does", () => {
    const order = clusterColorOrder([
      { id: "r:0:2", count: 5 },
      { id: "r:0:1", count: 9 },
      { id: "r:0:0", count: 5 },
    ]);
    expect([...order]).toEqual([
      ["r:0:1", 0],
      ["r:0:0", 1],
      ["r:0:2", 2],
    ]);
    expect(clusterColor(order.get("r:0:1"))).toBe(CLUSTER_PALETTE[0]);
  });
});
