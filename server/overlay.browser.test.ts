/**
 * The time overlay, the time slider and the Unlinked group in Chromium against the real server and
 * Neo4j (issue 14). On the fixture graph plus an "Other" cluster and an "Unlinked" group: "colour
 * by time" recolours the nodes by year (read through `window.paperatlas` and probed on the canvas),
 * the legend shows its gradient and ends, the URL keeps the mode; moving a slider thumb (keyboard
 * and pointer) hides the papers outside the range and the counts follow; the Unlinked group is
 * hidden until its legend entry shows it, and "Other" is listed after the named clusters. On a
 * daily listing (every paper of one year) the overlay and the slider go by week.
 * Screenshots go to test-output/browser/overlay-*.png.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config/config.ts";
import type { Db } from "../db/client.ts";
import type { ViewState } from "../viz/state.ts";
import { dayOfIsoDate, TIME_RAMP, timeBin, weekOfDay, type TimeScale } from "../viz/time.ts";
import { analysePng, launchChromium, openMapPage, type Chromium } from "./__fixtures__/browser.ts";
import { FIXTURE, seedFixtureGraph } from "./__fixtures__/graph.ts";
import { startTestServer, type TestServer } from "./__fixtures__/server.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");

interface NodeDisplay {
  color: string;
  borderColor: string;
  hidden: boolean;
  time: number | null;
}
interface MapDebug {
  viewportPosition(id: string): { x: number; y: number } | null;
  state(): ViewState;
  nodeDisplay(id: string): NodeDisplay | null;
  timeScale(): TimeScale | null;
}
type Win = { paperatlas: MapDebug };

let chrome: Chromium;
let scratch: Page;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  chrome = await launchChromium();
  scratch = await chrome.context.newPage();
});
afterAll(async () => {
  await chrome?.close();
});

const openMap = (t: TestServer, problems: string[], query = ""): Promise<Page> =>
  openMapPage(chrome.context, `${t.url}/${query}`, problems);

const debug = (page: Page) => ({
  state: () => page.evaluate(() => (window as unknown as Win).paperatlas.state()),
  display: (id: string) => page.evaluate((n) => (window as unknown as Win).paperatlas.nodeDisplay(n), id),
  position: (id: string) => page.evaluate((n) => (window as unknown as Win).paperatlas.viewportPosition(n), id),
  scale: () => page.evaluate(() => (window as unknown as Win).paperatlas.timeScale()),
});
const visible = (page: Page) => page.evaluate(() => Number(document.body.dataset["visibleNodes"]));

/** The colour drawn at each node's centre, with the cluster-label layer hidden. */
async function probeNodes(page: Page, name: string, ids: string[]): Promise<[number, number, number][]> {
  const layer = (v: string) =>
    page.evaluate(
      (v) => document.querySelectorAll<HTMLElement>(".cluster-labels").forEach((el) => (el.style.visibility = v)),
      v,
    );
  await layer("hidden");
  const points = await Promise.all(ids.map(async (id) => (await debug(page).position(id))!));
  const png = await page.locator("#map").screenshot();
  await writeFile(path.join(OUT, name), png);
  await layer("visible");
  return (await analysePng(scratch, png, points)).probes;
}

const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
const near = (a: number[], b: number[], tolerance = 40) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

const TIME_BINS_LAST = TIME_RAMP.length - 1;

/**
 * Added to the fixture: an "Other" cluster of ten island papers (larger than any named cluster, so
 * only the legend's rule puts it last) and an "Unlinked" group of two.
 */
const OTHER = Array.from({ length: 10 }, (_, i) => ({
  id: `9001.0000${i}`,
  title: `Island paper ${i} on tape drives`,
  year: 2020 + (i % 4),
  cluster: "fx:0:3",
  x: 30 + (i % 3) * 3,
  y: 20 + Math.floor(i / 3) * 3,
}));
const UNLINKED = [
  { id: "9002.00001", title: "A paper sharing nothing", year: 2024, cluster: "fx:0:4", x: -32, y: 26 },
  { id: "9002.00002", title: "Another paper sharing nothing", year: 2023, cluster: "fx:0:4", x: -34, y: 29 },
];
const EXTRA = [...OTHER, ...UNLINKED];
async function seedWithGroups(db: Db): Promise<void> {
  await seedFixtureGraph(db);
  const session = db.driver.session();
  try {
    await session.run(`CREATE (:Cluster {id: 'fx:0:3', label: 'Other', level: 0, size: 10, other: true}),
                              (:Cluster {id: 'fx:0:4', label: 'Unlinked', level: 0, size: 2, unlinked: true})`);
    await session.run(
      `UNWIND $papers AS p
       CREATE (n:Paper {id: p.id, title: p.title, abstract: '', year: p.year, published: toString(p.year) + '-06-01',
                        cluster: p.cluster, x: p.x, y: p.y})
       WITH n, p MATCH (k:Cluster {id: p.cluster}) CREATE (n)-[:IN_CLUSTER {level: 0}]->(k)`,
      { papers: EXTRA },
    );
  } finally {
    await session.close();
  }
}

describe("by year, with an Other cluster and an Unlinked group", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ viz: true }, seedWithGroups);
  });
  afterAll(async () => {
    await t?.close();
  });
  const papers = [...FIXTURE.papers, ...OTHER];
  const total = FIXTURE.papers.length + FIXTURE.concepts.length + EXTRA.length;
  const shownBefore = total - UNLINKED.length; // the Unlinked group starts hidden

  it("colour by time: nodes take their year's colour, the legend shows its gradient, the URL keeps the mode", async () => {
    const problems: string[] = [];
    const page = await openMap(t, problems);
    const clusterColour = (await debug(page).display("1901.00006"))!.color;
    expect(await page.locator("#time-legend").isHidden()).toBe(true);
    await page.locator("#color-time").check();
    await expect.poll(async () => (await debug(page).state()).colorMode).toBe("time");

    const scale = (await debug(page).scale())!;
    expect(scale).toMatchObject({ unit: "year", min: 2019, max: 2024, lo: 2019, hi: 2024 });
    const early = (await debug(page).display("1901.00006"))!;
    expect(early).toMatchObject({ color: TIME_RAMP[0], borderColor: TIME_RAMP[0], time: 2019 });
    expect(early.color).not.toBe(clusterColour);
    expect((await debug(page).display("2401.00001"))!.color).toBe(TIME_RAMP[TIME_BINS_LAST]);
    // ResNet-50 is named by papers of 2019, 2021 and 2021: its colour is that of their mean year.
    const resnet = (await debug(page).display("method:resnet-50"))!;
    expect(resnet.time).toBeCloseTo((2019 + 2021 + 2021) / 3, 6);
    expect(resnet.color).toBe(TIME_RAMP[timeBin(resnet.time, scale)]);
    expect(resnet.borderColor).not.toBe(resnet.color); // the concept keeps its type's ring

    await page.waitForTimeout(300);
    const [drawnEarly, drawnLate] = await probeNodes(page, "overlay-year.png", ["1901.00006", "2401.00001"]);
    expect(near(drawnEarly!, rgb(TIME_RAMP[0]!))).toBe(true);
    expect(near(drawnLate!, rgb(TIME_RAMP[TIME_BINS_LAST]!))).toBe(true);

    expect(await page.locator("#time-legend").isVisible()).toBe(true);
    const gradient = await page.locator("#time-gradient").evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(gradient).toMatch(/^linear-gradient/);
    expect((await page.locator("#time-gradient").boundingBox())!.width).toBeGreaterThan(100);
    expect(await page.locator("#time-min").textContent()).toBe("2019");
    expect(await page.locator("#time-max").textContent()).toBe("2024");
    expect(await page.locator("#time-caption").textContent()).toMatch(/year/);
    await page.screenshot({ path: path.join(OUT, "overlay-page.png") });

    await expect.poll(() => page.url()).toContain("color=time");
    const again = await openMap(t, problems, page.url().slice(t.url.length + 1));
    expect((await debug(again).state()).colorMode).toBe("time");
    expect(await again.locator("#color-time").isChecked()).toBe(true);
    expect(await again.locator("#time-legend").isVisible()).toBe(true);
    await again.locator("#color-clusters").check();
    await expect.poll(async () => (await debug(again).display("1901.00006"))!.color).toBe(clusterColour);
    expect(await again.locator("#time-legend").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
    await again.close();
  });

  it("the year slider filters live: a dragged or arrowed thumb hides the papers outside, and the counts follow", async () => {
    const problems: string[] = [];
    const page = await openMap(t, problems);
    expect(await visible(page)).toBe(shownBefore);
    const expected = (from: number | null, to: number | null) =>
      shownBefore -
      papers.filter((p) => p.year === null || (from !== null && p.year < from) || (to !== null && p.year > to)).length;

    // Drag the upper thumb from the right end of the track to about four fifths of it.
    const track = (await page.locator("#filter-year-to").boundingBox())!;
    await page.mouse.move(track.x + track.width - 7, track.y + track.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.8, track.y + track.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await debug(page).state()).filters.yearMax).not.toBeNull();
    const to = (await debug(page).state()).filters.yearMax!;
    expect(to).toBeGreaterThan(2019);
    expect(to).toBeLessThan(2024);
    await expect.poll(() => visible(page)).toBe(expected(null, to));
    expect(await debug(page).position("2401.00001")).toBeNull(); // 2024
    expect((await debug(page).display("2401.00001"))!.hidden).toBe(true);

    // Two steps of the lower thumb with the keyboard: from 2019 to 2021.
    await page.locator("#filter-year-from").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await debug(page).state()).filters.yearMin).toBe(2021);
    await expect.poll(() => visible(page)).toBe(expected(2021, to));
    expect(await page.locator("#counts").textContent()).toBe(`${expected(2021, to)} of ${total} nodes`);
    expect(await page.locator("#filter-year-value").textContent()).toBe(`2021 – ${to}`);
    expect(await debug(page).position("1901.00006")).toBeNull(); // 2019
    expect(await debug(page).position("2101.00004")).not.toBeNull(); // 2021
    await page.locator("#map").screenshot({ path: path.join(OUT, "overlay-slider.png") });
    await expect.poll(() => page.url()).toContain("from=2021");

    // The thumbs never cross; reset brings everything back.
    await page.locator("#filter-year-from").fill("2024");
    await expect.poll(async () => (await debug(page).state()).filters.yearMin).toBe(to);
    await page.click("#filter-reset");
    await expect.poll(() => visible(page)).toBe(shownBefore);
    expect(await page.inputValue("#filter-year-from")).toBe("2019");
    expect(await page.inputValue("#filter-year-to")).toBe("2024");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("hides the Unlinked group until its legend entry shows it; Other comes after the named clusters", async () => {
    const problems: string[] = [];
    const page = await openMap(t, problems);
    const names = await page.locator("#legend-clusters .name").allTextContents();
    expect(names).toEqual(["Language models", "ML systems", "Computer vision", "Other"]);
    expect(await page.locator("#legend-unlinked .name").allTextContents()).toEqual(["Unlinked"]);
    expect(await debug(page).position("9002.00001")).toBeNull();
    expect(await page.locator("#legend-show-unlinked").isChecked()).toBe(false);

    await page.locator("#legend-show-unlinked").check();
    await expect.poll(() => visible(page)).toBe(total);
    expect(await debug(page).position("9002.00001")).not.toBeNull();
    await expect.poll(() => page.url()).toContain("unlinked=1");
    // Showing one cluster alone leaves the Unlinked group to its own switch.
    await page.locator('input[data-cluster="fx:0:1"]').uncheck();
    expect(await debug(page).position("9002.00001")).not.toBeNull();
    await page.locator("#map").screenshot({ path: path.join(OUT, "overlay-unlinked.png") });

    const again = await openMap(t, problems, page.url().slice(t.url.length + 1));
    expect(await again.locator("#legend-show-unlinked").isChecked()).toBe(true);
    await again.locator("#legend-show-unlinked").uncheck();
    await expect.poll(async () => debug(again).position("9002.00001")).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
    await again.close();
  });
});

/** A daily listing: every paper of 2024, two per week over four weeks from Monday 1 January, one undated. */
const DAILY = [
  ...["2024-01-01", "2024-01-03", "2024-01-09", "2024-01-12", "2024-01-15", "2024-01-20", "2024-01-22", "2024-01-24"],
  "2024",
].map((published, i) => ({ id: `2401.1000${i}`, published, x: (i % 3) * 8, y: Math.floor(i / 3) * 8 }));

async function seedDaily(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run(`CREATE (:Cluster {id: 'd:0:0', label: 'Daily', level: 0, size: 11})`);
    await session.run(
      `UNWIND $papers AS p
       CREATE (n:Paper {id: p.id, title: 'Paper ' + p.id, abstract: '', year: 2024, published: p.published,
                        cluster: 'd:0:0', x: p.x, y: p.y})
       WITH n MATCH (k:Cluster {id: 'd:0:0'}) CREATE (n)-[:IN_CLUSTER {level: 0}]->(k)`,
      { papers: DAILY },
    );
    await session.run(
      `CREATE (m:Concept:Method {id: 'method:early', name: 'early', type: 'method', cluster: 'd:0:0', x: 4, y: -6, paperCount: 2})
       WITH m MATCH (p:Paper) WHERE p.id IN ['2401.10000', '2401.10002'] CREATE (p)-[:MENTIONS {count: 1}]->(m)`,
    );
  } finally {
    await session.close();
  }
}

describe("a daily listing goes by week", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ viz: true }, seedDaily);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("colours and filters by publication week, named by the weeks' Mondays, in the legend, slider and URL", async () => {
    const problems: string[] = [];
    const page = await openMap(t, problems, "?color=time");
    const week = (date: string) => weekOfDay(dayOfIsoDate(date)!);
    expect(await debug(page).scale()).toMatchObject({ unit: "week", min: week("2024-01-01"), max: week("2024-01-22") });
    expect(await page.locator("#time-caption").textContent()).toMatch(/week/);
    expect(await page.locator("#time-min").textContent()).toBe("2024-01-01");
    expect(await page.locator("#time-max").textContent()).toBe("2024-01-22");
    expect((await debug(page).display("2401.10000"))!.color).toBe(TIME_RAMP[0]);
    expect((await debug(page).display("2401.10007"))!.color).toBe(TIME_RAMP[TIME_BINS_LAST]);
    expect((await debug(page).display("method:early"))!.time).toBe(week("2024-01-01") + 0.5);
    expect(await page.locator("#filter-year-from").count()).toBe(0);

    expect(await visible(page)).toBe(DAILY.length + 1);
    await page.locator("#filter-week-from").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await debug(page).state()).filters.weekMin).toBe(week("2024-01-15"));
    await expect.poll(() => visible(page)).toBe(4 + 1); // the papers of 15 and 22 January, the concept
    expect(await page.locator("#filter-week-value").textContent()).toBe("2024-01-15 – 2024-01-22");
    expect(await debug(page).position("2401.10003")).toBeNull();
    expect(await debug(page).position("2401.10008")).toBeNull(); // undated
    await page.locator("#map").screenshot({ path: path.join(OUT, "overlay-week.png") });

    await expect.poll(() => page.url()).toContain("wfrom=2024-01-15");
    const again = await openMap(t, problems, page.url().slice(t.url.length + 1));
    expect((await debug(again).state()).filters.weekMin).toBe(week("2024-01-15"));
    expect(await again.inputValue("#filter-week-from")).toBe(String(week("2024-01-15")));
    expect(await visible(again)).toBe(5);
    expect(problems).toEqual([]);
    await page.close();
    await again.close();
  });
});
