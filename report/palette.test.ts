import { describe, expect, it } from "vitest";
import { CLUSTER_PALETTE, clusterColor, clusterColorOrder, hslToHex, UNCLUSTERED_COLOR } from "../schema/palette.ts";
import { clusterColor as mapColor, NO_CLUSTER_COLOR } from "../viz/colors.ts";

/** `hsl(h, s%, l%)` → `#rrggbb`, `#rrggbb` unchanged: the map may give either. */
function asHex(color: string): string {
  const m = /^hsl\((\d+), (\d+)%, (\d+)%\)$/.exec(color);
  return m ? hslToHex(Number(m[1]), Number(m[2]), Number(m[3])) : color;
}

describe("schema/palette.ts", () => {
  it("gives every cluster the colour the map gives it (viz/colors.ts), the first 200 included", () => {
    for (let i = 0; i < 200; i++) expect(clusterColor(i), `cluster ${i}`).toBe(asHex(mapColor(i)));
    expect(clusterColor(null)).toBe(NO_CLUSTER_COLOR);
    expect(UNCLUSTERED_COLOR).toBe(NO_CLUSTER_COLOR);
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
