/**
 * Map labels and calm interaction in Chromium against the real server and Neo4j: stepping the
 * wheel through a dozen zoom levels on the fixture graph, the sample corpus (ingested, clustered
 * and laid out here) and a generated 20k-node graph, the
 * label boxes drawn at each stop never overlap, a label once shown stays shown while zooming in
 * (as long as it is in view), and the full extent shows only top-level cluster names. Wheel-zooming
 * with the pointer on a node never dims the map; a click does, and Escape or a click on empty
 * space clears it. Each top-level cluster is drawn as a soft region in its colour under its name.
 * Screenshots go to test-output/browser/labels-*.png.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config/config.ts";
import { runCluster } from "../atlas/cluster/run.ts";
import { runLayout } from "../atlas/layout/run.ts";
import { runIngest } from "../ingest/run.ts";
import { writeSyntheticGraph } from "../scripts/bench-server-graph.ts";
import { wipe } from "../test/neo4j.ts";
import type { DrawnLabel } from "../viz/labels.ts";
import type { ViewState } from "../viz/state.ts";
import { analysePng, launchChromium, openMapPage, type Chromium } from "./__fixtures__/browser.ts";
import { startTestServer, type TestServer } from "./__fixtures__/server.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");
const DIMMED: [number, number, number] = [228, 228, 234];
const STOPS = 13;

interface MapDebug {
  viewportPosition(id: string): { x: number; y: number } | null;
  clusterLabelPosition(id: string): { x: number; y: number } | null;
  state(): ViewState;
  labels(): DrawnLabel[];
  cameraRatio(): number;
  drawnNodes(): number;
  nodeLod(id: string): number | null;
}
type Win = { paperatlas: MapDebug };

let chrome: Chromium;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
});

const openMap = (url: string, problems: string[]): Promise<Page> =>
  openMapPage(chrome.context, `${url}/`, problems, { timeoutMs: 90_000, labels: true });

const ratioOf = (page: Page) => page.evaluate(() => (window as unknown as Win).paperatlas.cameraRatio());

/** Waits until the camera has stopped (the same ratio on three frames in a row) and a frame has drawn. */
async function settle(page: Page): Promise<number> {
  let previous = NaN;
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(120);
    const r = await ratioOf(page);
    same = r === previous ? same + 1 : 0;
    previous = r;
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return previous;
}

/**
 * For each top-level cluster name shown: the region layer's pixel under it, and the name's colour
 * (the cluster's). Read from the region canvas itself, as drawn.
 */
async function regionsUnderNames(page: Page): Promise<{ id: string; colour: number[]; pixel: number[] }[]> {
  return page.evaluate(() => {
    const api = (window as unknown as Win).paperatlas;
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.map-regions")!;
    const ctx = canvas.getContext("2d")!;
    const scale = canvas.width / canvas.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>('.cluster-label[data-level="0"]:not([hidden])')).map(
      (el) => {
        const id = el.dataset["cluster"]!;
        const p = api.clusterLabelPosition(id)!;
        const pixel = [...ctx.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data];
        const colour = (el.style.color.match(/\d+/g) ?? []).map(Number);
        return { id, colour, pixel };
      },
    );
  });
}

function expectRegions(found: { id: string; colour: number[]; pixel: number[] }[], atLeast: number): void {
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
  const tinted = found.filter((f) => f.pixel[3]! > 10 && f.colour.every((v, i) => Math.abs(v - f.pixel[i]!) <= 16));
  // Names sit at their cluster's mean position: nearly always inside the cluster's own region.
  expect(tinted.length).toBeGreaterThanOrEqual(Math.ceil(found.length * 0.75));
}

const overlaps = (a: DrawnLabel, b: DrawnLabel) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const key = (l: { kind: string; id: string }) => `${l.kind}:${l.id}`;

interface Stop {
  ratio: number;
  labels: DrawnLabel[];
}

/**
 * Zooms out three wheel steps (to the largest ratio, 4), then in, one wheel step per stop, with the pointer at `at` (CSS
 * pixels of the map); returns the labels drawn at each stop. Checks at each stop: no two drawn
 * boxes overlap, and every label drawn at an earlier stop whose anchor is in view is drawn now.
 */
async function zoomThrough(page: Page, at: { x: number; y: number }, name: string): Promise<Stop[]> {
  const box = (await page.locator("#map").boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  for (let k = 0; k < 3; k++) {
    await page.mouse.wheel(0, 200);
    await settle(page);
  }
  const stops: Stop[] = [];
  const shownBefore = new Map<string, DrawnLabel>();
  for (let k = 0; k < STOPS; k++) {
    if (k > 0) await page.mouse.wheel(0, -200);
    const ratio = await settle(page);
    const labels = await page.evaluate(() => (window as unknown as Win).paperatlas.labels());
    stops.push({ ratio, labels });
    if (k % 3 === 0 || k === STOPS - 1)
      await writeFile(path.join(OUT, `labels-${name}-${k}.png`), await page.locator("#map").screenshot());

    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (overlaps(labels[i]!, labels[j]!))
          clashes.push(
            `stop ${k} (ratio ${ratio.toFixed(4)}): ${JSON.stringify(labels[i])} × ${JSON.stringify(labels[j])}`,
          );
    expect(clashes).toEqual([]);

    const now = new Set(labels.map(key));
    const lost: string[] = [];
    for (const [id, l] of shownBefore) {
      if (now.has(id)) continue;
      const p = await page.evaluate(
        ({ kind, id }) => {
          const api = (window as unknown as Win).paperatlas;
          return kind === "node" ? api.viewportPosition(id) : api.clusterLabelPosition(id);
        },
        { kind: l.kind, id: l.id },
      );
      if (p && p.x >= 0 && p.x <= box.width && p.y >= 0 && p.y <= box.height)
        lost.push(`stop ${k}: "${l.text}" hidden while in view`);
    }
    expect(lost).toEqual([]);
    for (const l of labels) shownBefore.set(key(l), l);
  }
  // The stops cover the zoom range: from beyond the full extent to close up, a step each.
  for (let k = 1; k < STOPS; k++) expect(stops[k]!.ratio).toBeLessThan(stops[k - 1]!.ratio);
  expect(stops[0]!.ratio).toBeGreaterThan(1);
  // Even zoomed all the way out, the largest names show.
  expect(stops[0]!.labels.length).toBeGreaterThan(0);
  return stops;
}

describe("labels on the fixture graph", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ viz: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("never overlap at 13 zoom stops, stay shown as you zoom in, and start with cluster names only", async () => {
    const problems: string[] = [];
    const page = await openMap(t.url, problems);
    const full = await page.evaluate(() => (window as unknown as Win).paperatlas.labels());
    expect(full.map((l) => l.kind)).toEqual(["cluster", "cluster", "cluster"]);
    expect(full.map((l) => l.text).sort()).toEqual(["Computer vision", "Language models", "ML systems"]);
    expectRegions(await regionsUnderNames(page), 3);

    const p = (await page.evaluate(() =>
      (window as unknown as Win).paperatlas.viewportPosition("method:transformer"),
    ))!;
    const stops = await zoomThrough(page, p, "fixture");
    const nodeLabels = stops.map((s) => s.labels.filter((l) => l.kind === "node").length);
    expect(nodeLabels[0]).toBe(0);
    expect(nodeLabels.at(-1)).toBeGreaterThan(0);
    expect(stops.at(-1)!.labels.map((l) => l.id)).toContain("method:transformer");
    // The finer cluster (level 1) is named once zoomed in, never at full extent.
    const fine = stops.findIndex((s) => s.labels.some((l) => l.id === "fx:1:0"));
    expect(fine).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("wheel-zooming with the pointer resting on a node never dims the map; a click does, Escape clears it", async () => {
    const problems: string[] = [];
    const page = await openMap(t.url, problems);
    const api = {
      state: () => page.evaluate(() => (window as unknown as Win).paperatlas.state()),
      at: (id: string) => page.evaluate((n) => (window as unknown as Win).paperatlas.viewportPosition(n), id),
    };
    const box = (await page.locator("#map").boundingBox())!;
    const probe = async (name: string, id: string) => {
      const p = (await api.at(id))!;
      await page.evaluate(() =>
        document.querySelectorAll<HTMLElement>(".cluster-labels").forEach((el) => (el.style.visibility = "hidden")),
      );
      const png = await page.locator("#map").screenshot();
      await writeFile(path.join(OUT, `labels-calm-${name}.png`), png);
      await page.evaluate(() =>
        document.querySelectorAll<HTMLElement>(".cluster-labels").forEach((el) => (el.style.visibility = "")),
      );
      const scratch = await chrome.context.newPage();
      const [colour] = (await analysePng(scratch, png, [p])).probes;
      await scratch.close();
      return colour!;
    };
    const dimmed = (c: number[]) => c.every((v, i) => Math.abs(v - DIMMED[i]!) <= 12);

    const target = (await api.at("dataset:imagenet"))!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    const hovered: (string | null)[] = [];
    for (let k = 0; k < 8; k++) {
      await page.mouse.wheel(0, k < 4 ? -120 : 120);
      await page.waitForTimeout(150);
      hovered.push((await api.state()).hovered);
    }
    await settle(page);
    hovered.push((await api.state()).hovered);
    expect(hovered.every((h) => h === null)).toBe(true);
    expect(dimmed(await probe("after-wheel", "2303.00010"))).toBe(false);

    // A click focuses: the map dims around the node; Escape clears it.
    const node = (await api.at("2401.00001"))!;
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await expect.poll(async () => (await api.state()).selection).toBe("2401.00001");
    await page.mouse.move(box.x + 4, box.y + box.height - 4);
    await page.waitForTimeout(300);
    expect(dimmed(await probe("clicked", "2202.00009"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await api.state()).selection).toBeNull();
    await page.waitForTimeout(200);
    expect(dimmed(await probe("escape", "2202.00009"))).toBe(false);

    // A click on empty space clears it too.
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await expect.poll(async () => (await api.state()).selection).toBe("2401.00001");
    await page.waitForTimeout(500); // two clicks within Sigma's doubleClickTimeout make a double click
    await page.mouse.click(box.x + 4, box.y + box.height - 4);
    await expect.poll(async () => (await api.state()).selection).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("labels on the sample corpus (samples/hf-papers: ingest, cluster, layout)", () => {
  let t: TestServer;
  beforeAll(async () => {
    const now = () => new Date("2026-01-01T00:00:00Z");
    t = await startTestServer({ viz: true }, async (db) => {
      await runIngest(db, [path.join(PROJECT_ROOT, "samples/hf-papers")], { now });
      await runCluster(db, { now });
      await runLayout(db);
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("never overlap at 13 zoom stops and stay shown as you zoom in", async () => {
    const problems: string[] = [];
    const page = await openMap(t.url, problems);
    const full = await page.evaluate(() => (window as unknown as Win).paperatlas.labels());
    expect(full.length).toBeGreaterThan(1);
    expect(full.every((l) => l.kind === "cluster")).toBe(true);
    expectRegions(await regionsUnderNames(page), 2);
    expect(await page.evaluate(() => document.body.dataset["regionLevel"])).toBe("0");
    // Zoom into the largest region, at its name.
    const stops = await zoomThrough(page, { x: full[0]!.ax, y: full[0]!.ay }, "sample");
    const nodeLabels = stops.map((s) => s.labels.filter((l) => l.kind === "node").length);
    expect(nodeLabels[0]).toBe(0);
    expect(Math.max(...nodeLabels)).toBeGreaterThan(5);
    // Up close, a finer level's regions replace the top level's, drawn in tints of their colours.
    expect(Number(await page.evaluate(() => document.body.dataset["regionLevel"]))).toBeGreaterThan(0);
    const tinted = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.map-regions")!;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 8) n++;
      return n / (canvas.width * canvas.height);
    });
    expect(tinted).toBeGreaterThan(0.05);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("labels on a generated 20k-node graph", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ viz: true }, (db) =>
      writeSyntheticGraph(db, { papers: 13_800, clusters: 24, seed: 7, say: () => undefined }),
    );
  });
  afterAll(async () => {
    // Leave an empty database: the next file's fresh start should not pay for deleting 20k nodes.
    if (t) await wipe(t.db);
    await t?.close();
  });

  it("never overlap at 13 zoom stops and stay shown as you zoom in", async () => {
    const problems: string[] = [];
    const page = await openMap(t.url, problems);
    expect(Number(await page.evaluate(() => document.body.dataset["nodes"]))).toBeGreaterThan(20_000);
    const timing = await page.evaluate(() => ({ ...document.body.dataset }));
    console.log(`20k map: first paint ${timing["firstPaintMs"]} ms, label plan ${timing["labelPlanMs"]} ms`);
    const full = await page.evaluate(() => (window as unknown as Win).paperatlas.labels());
    expect(full.length).toBeGreaterThan(3);
    expect(full.every((l) => l.kind === "cluster")).toBe(true);
    expectRegions(await regionsUnderNames(page), 4);
    const box = (await page.locator("#map").boundingBox())!;
    const stops = await zoomThrough(page, { x: box.width / 2, y: box.height / 2 }, "20k");
    const nodeLabels = stops.map((s) => s.labels.filter((l) => l.kind === "node").length);
    expect(nodeLabels[0]).toBe(0);
    expect(Math.max(...nodeLabels)).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws only what the zoom shows: a share of the nodes at full extent, more as you zoom in, a selected one always", async () => {
    const problems: string[] = [];
    const page = await openMap(t.url, problems);
    const total = Number(await page.evaluate(() => document.body.dataset["nodes"]));
    const full = await page.evaluate(() => (window as unknown as Win).paperatlas.drawnNodes());
    expect(full).toBeGreaterThan(500);
    expect(full).toBeLessThan(total / 2);
    // Zooming in at the centre past the next level (ratio 1/2): the finer detail comes in.
    const box = (await page.locator("#map").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 2; k++) {
      await page.mouse.wheel(0, -200);
      await settle(page);
    }
    expect(await ratioOf(page)).toBeLessThan(0.5);
    const closer = await page.evaluate(() => (window as unknown as Win).paperatlas.drawnNodes());
    expect(closer).toBeGreaterThan(full);
    // A node the overview leaves out is drawn once selected (a link to it at the overview's camera).
    const candidates = Array.from({ length: 200 }, (_, i) => `syn.${String(i).padStart(6, "0")}`);
    const lods = await page.evaluate(
      (ids) => ids.map((id) => (window as unknown as Win).paperatlas.nodeLod(id)),
      candidates,
    );
    const left = candidates.find((_, i) => lods[i] !== null && lods[i]! < 0.5);
    expect(left).toBeDefined();
    await page.goto(`${t.url}/?node=${encodeURIComponent(left!)}&cam=0.5,0.5,1`);
    await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 90_000 });
    await settle(page);
    // The selection is the focus: it and its neighbours are drawn, at any zoom.
    const lit = await page.evaluate((id) => {
      const api = (window as unknown as Win & { paperatlas: { neighbours(id: string): string[] } }).paperatlas;
      return [id, ...api.neighbours(id)].filter((n) => api.nodeLod(n)! < 1).length;
    }, left!);
    expect(lit).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => (window as unknown as Win).paperatlas.drawnNodes())).toBe(full + lit);
    expect(problems).toEqual([]);
    await page.close();
  });
});
