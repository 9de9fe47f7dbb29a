/**
 * The map in Chromium against the real server and Neo4j (issue 6): rendering, search, click and
 * hover, filters, the URL round trip, the Cypher console (reads shown, writes refused), text-only
 * titles, and PNG export. Screenshots go to test-output/browser/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config/config.ts";
import type { ViewState } from "../viz/state.ts";
import { analysePng, launchChromium, type Chromium } from "./__fixtures__/browser.ts";
import { FIXTURE, SCRIPT_TITLE } from "./__fixtures__/graph.ts";
import { graphCounts, startTestServer, type TestServer } from "./__fixtures__/server.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");
const DIMMED: [number, number, number] = [228, 228, 234];

interface MapDebug {
  viewportPosition(id: string): { x: number; y: number } | null;
  state(): ViewState;
  neighbours(id: string): string[];
}
interface Opened {
  page: Page;
  problems: string[];
}

let t: TestServer;
let chrome: Chromium;
let scratch: Page;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  t = await startTestServer({ viz: true });
  chrome = await launchChromium();
  scratch = await chrome.context.newPage();
});
afterAll(async () => {
  await chrome?.close();
  await t?.close();
});

async function openMap(query = ""): Promise<Opened> {
  const page = await chrome.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400)
      problems.push(`response: ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      problems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`);
    });
    const problems: string[] = [];
    Object.defineProperty(window, "__cspProblems", { value: problems });
  });
  await page.goto(`${t.url}/${query}`);
  await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 60_000 });
  return { page, problems };
}

/**
 * Types a query into the console's editor as a person would (select all, then type). Playwright's
 * `fill` edits a contenteditable with execCommand, which makes Chromium add inline-styled spans of
 * its own (a CSP violation no person typing causes).
 */
async function setQuery(page: Page, text: string): Promise<void> {
  await page.click("#console-query");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  if (text !== "") await page.keyboard.insertText(text);
  await page.keyboard.press("Escape"); // closes a completion list that typing opened
}

const debug = (page: Page) => ({
  state: () => page.evaluate(() => (window as unknown as { paperatlas: MapDebug }).paperatlas.state()),
  position: (id: string) =>
    page.evaluate((node) => (window as unknown as { paperatlas: MapDebug }).paperatlas.viewportPosition(node), id),
});

async function noProblems(opened: Opened): Promise<void> {
  const csp = await opened.page.evaluate(() => (window as unknown as { __cspProblems: string[] }).__cspProblems);
  expect([...opened.problems, ...csp]).toEqual([]);
}

async function mapShot(page: Page, name: string): Promise<Buffer> {
  const png = await page.locator("#map").screenshot();
  await writeFile(path.join(OUT, name), png);
  return png;
}

/** A map screenshot with the cluster-label layer hidden, and the colour drawn at each node's centre. */
async function probeNodes(page: Page, name: string, ids: string[]): Promise<[number, number, number][]> {
  const layer = (visibility: string) =>
    page.evaluate(
      (v) => document.querySelectorAll<HTMLElement>(".cluster-labels").forEach((el) => (el.style.visibility = v)),
      visibility,
    );
  await layer("hidden");
  const points = await Promise.all(ids.map(async (id) => (await debug(page).position(id))!));
  const png = await mapShot(page, name);
  await layer("visible");
  return (await analysePng(scratch, png, points)).probes;
}

async function clickNode(page: Page, id: string): Promise<void> {
  const box = (await page.locator("#map").boundingBox())!;
  const p = await debug(page).position(id);
  if (!p) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

const near = (a: number[], b: number[], tolerance = 12) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe("the map in Chromium", () => {
  it("renders the graph: the canvas has non-background pixels, the page satisfies its CSP", async () => {
    const opened = await openMap();
    const { page } = opened;
    expect(await page.evaluate(() => ({ ...document.body.dataset }))).toMatchObject({ nodes: "24", edges: "43" });
    const report = await analysePng(scratch, await mapShot(page, "map.png"));
    expect(report.nonBackground).toBeGreaterThan(2000); // 24 nodes, their links and labels
    const response = await page.request.get(`${t.url}/`);
    expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(await page.locator(".cluster-label").allTextContents()).toEqual(
      expect.arrayContaining(["Language models", "ML systems", "Computer vision"]),
    );
    expect(await debug(page).position("technique:quantization")).not.toBeNull(); // placed client-side
    await noProblems(opened);
    await page.close();
  });

  it("search → suggestions → pick one: the details panel opens and the camera flies to it", async () => {
    const opened = await openMap();
    const { page } = opened;
    await page.fill("#search-input", "distserv");
    await page.locator('#search-suggestions li[data-id="method:distserve"]').click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("DistServe");
    expect((await debug(page).state()).selection).toBe("method:distserve");
    await page.waitForTimeout(800);
    const box = (await page.locator("#map").boundingBox())!;
    const p = (await debug(page).position("method:distserve"))!;
    expect(Math.abs(p.x - box.width / 2)).toBeLessThan(40);
    expect(Math.abs(p.y - box.height / 2)).toBeLessThan(40);
    await page.screenshot({ path: path.join(OUT, "search-details.png") });
    await noProblems(opened);
    await page.close();
  });

  it("click a node → details, and its neighbours stay lit while the rest dims; hover does the same", async () => {
    const opened = await openMap();
    const { page } = opened;
    await clickNode(page, "2401.00001");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(FIXTURE.papers[0]!.title);
    expect((await debug(page).state()).selection).toBe("2401.00001");
    await page.mouse.move(5, 5); // leave the node: the selection keeps the focus
    await page.waitForTimeout(300);
    const [neighbour, stranger] = await probeNodes(page, "click-neighbours.png", ["method:transformer", "2202.00009"]);
    expect(near(neighbour!, DIMMED)).toBe(false);
    expect(near(stranger!, DIMMED)).toBe(true);

    const box = (await page.locator("#map").boundingBox())!;
    const target = (await debug(page).position("dataset:imagenet"))!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await expect.poll(async () => (await debug(page).state()).hovered).toBe("dataset:imagenet");
    await page.waitForTimeout(200);
    const [hoverNeighbour, hoverStranger] = await probeNodes(page, "hover-neighbours.png", [
      "2001.00007",
      "2303.00010",
    ]);
    expect(near(hoverNeighbour!, DIMMED)).toBe(false);
    expect(near(hoverStranger!, DIMMED)).toBe(true);
    await noProblems(opened);
    await page.close();
  });

  it("filters by type, cluster, year range and minimum paper count", async () => {
    const opened = await openMap();
    const { page } = opened;
    const visible = () => page.evaluate(() => Number(document.body.dataset["visibleNodes"]));
    await page.locator('input[data-type="paper"]').uncheck();
    await expect.poll(visible).toBe(10);
    expect(await debug(page).position("2401.00001")).toBeNull();
    await page.locator('input[data-type="paper"]').check();
    await expect.poll(visible).toBe(24);

    await page.locator('input[data-cluster="fx:0:1"]').uncheck();
    await expect.poll(visible).toBe(17);
    await page.locator('input[data-cluster="fx:0:1"]').check();

    await page.fill("#filter-year-from", "2023");
    await page.fill("#filter-year-to", "2023");
    const papers2023 = FIXTURE.papers.filter((p) => p.year === 2023).length;
    await expect.poll(visible).toBe(FIXTURE.concepts.length + papers2023);

    await page.click("#filter-reset");
    await page.fill("#filter-min-papers", "3");
    const counts = new Map<string, number>();
    for (const p of FIXTURE.papers) for (const m of p.mentions) counts.set(m, (counts.get(m) ?? 0) + 1);
    const bigConcepts = [...counts.values()].filter((n) => n >= 3).length;
    await expect.poll(visible).toBe(FIXTURE.papers.length + bigConcepts);
    await mapShot(page, "filtered.png");
    await expect.poll(() => page.url()).toContain("minPapers=3");
    await noProblems(opened);
    await page.close();
  });

  it("zooms to a cluster from the legend", async () => {
    const opened = await openMap();
    const { page } = opened;
    const before = await debug(page).state();
    await page.locator('button[data-zoom="fx:0:1"]').click();
    await expect
      .poll(async () => (await debug(page).state()).camera?.ratio ?? 1, { timeout: 5000 })
      .toBeLessThan(before.camera?.ratio ?? 1);
    const box = (await page.locator("#map").boundingBox())!;
    for (const id of ["1901.00006", "2001.00007", "2202.00009", "dataset:imagenet"]) {
      const p = (await debug(page).position(id))!;
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box.height);
    }
    await mapShot(page, "zoom-to-cluster.png");
    await noProblems(opened);
    await page.close();
  });

  it("keeps the view in the URL: a link reopens the same selection, filters and camera", async () => {
    const first = await openMap();
    const { page } = first;
    await clickNode(page, "2303.00010");
    await page.locator('input[data-type="metric"]').uncheck();
    await page.fill("#filter-min-papers", "2");
    const box = (await page.locator("#map").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(900);
    const before = await debug(page).state();
    expect(before.camera).not.toBeNull();
    const url = page.url();
    expect(url).toMatch(/node=2303\.00010/);

    const second = await openMap(url.slice(t.url.length + 1));
    const after = await debug(second.page).state();
    expect(after.selection).toBe(before.selection);
    expect(after.filters).toEqual(before.filters);
    expect(after.camera!.ratio).toBeCloseTo(before.camera!.ratio, 3);
    expect(after.camera!.x).toBeCloseTo(before.camera!.x, 3);
    await expect.poll(() => second.page.locator("#details-title").textContent()).toMatch(/^DistServe/);
    expect(await second.page.locator('input[data-type="metric"]').isChecked()).toBe(false);
    expect(await second.page.inputValue("#filter-min-papers")).toBe("2");
    await second.page.screenshot({ path: path.join(OUT, "url-round-trip.png") });
    await noProblems(first);
    await noProblems(second);
    await page.close();
    await second.page.close();
  });

  it("Cypher console: a read query shows as a table and its nodes light up on the map", async () => {
    const opened = await openMap();
    const { page } = opened;
    await page.click("#console-toggle");
    await setQuery(page, "MATCH (p:Paper) WHERE p.year >= $from RETURN p.id AS id, p.title AS title ORDER BY id");
    await page.fill("#console-params", '{"from": 2023}');
    await page.click("#console-run");
    const recent = FIXTURE.papers
      .filter((p) => (p.year ?? 0) >= 2023)
      .map((p) => p.id)
      .sort();
    await expect
      .poll(
        async () => [
          await page.locator("#console-table tbody tr").count(),
          await page.locator("#console-status").textContent(),
        ],
        { timeout: 15_000 },
      )
      .toEqual([recent.length, expect.stringMatching(/rows? in/)]);
    expect(await page.locator("#console-table th").allTextContents()).toEqual(["id", "title"]);
    expect(await page.locator("#console-table tbody tr").first().locator("td").first().textContent()).toBe(recent[0]);
    await expect.poll(async () => (await debug(page).state()).highlight.sort()).toEqual(recent);
    await page.waitForTimeout(200);
    const [lit, unlit] = await probeNodes(page, "console-highlight.png", ["2303.00010", "2202.00009"]);
    expect(near(lit!, DIMMED)).toBe(false);
    expect(near(unlit!, DIMMED)).toBe(true);
    await page.screenshot({ path: path.join(OUT, "console-table.png") });
    await noProblems(opened);
    await page.close();
  });

  it("Cypher console: a write query is refused with a message and the graph is unchanged", async () => {
    const opened = await openMap();
    const { page } = opened;
    const before = await graphCounts(t.db);
    await page.click("#console-toggle");
    for (const query of ["MATCH (n) DETACH DELETE n", "CREATE (:Paper {id: 'evil', title: 'evil'})"]) {
      await setQuery(page, query);
      await page.click("#console-run");
      await expect
        .poll(() => page.locator("#console-status").textContent())
        .toMatch(/CYPHER_WRITE_REFUSED: cypher: refused/);
      await setQuery(page, "RETURN 1");
    }
    expect(await graphCounts(t.db)).toEqual(before);
    expect(await page.locator("#console-table").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "console-refused.png") });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset["ready"] === "true");
    expect(await page.evaluate(() => document.body.dataset["nodes"])).toBe("24");
    await page.close();
  });

  it("Cypher console editor: highlights Cypher, completes the graph's names, shows errors inline", async () => {
    const opened = await openMap();
    const { page } = opened;
    await page.click("#console-toggle");
    await setQuery(page, "");
    await page.locator("#console-query").pressSequentially("MATCH (p:Pa");
    await expect.poll(() => page.locator(".cm-tooltip-autocomplete li").allTextContents()).toContain("Paper");
    await page.locator(".cm-tooltip-autocomplete li", { hasText: /^Paper$/ }).click();
    await page.locator("#console-query").pressSequentially(")-[:");
    await expect.poll(() => page.locator(".cm-tooltip-autocomplete li").allTextContents()).toContain("MENTIONS");
    await page.keyboard.press("Escape");
    expect(await page.locator("#console-query").textContent()).toBe("MATCH (p:Paper)-[:");
    // Keywords are highlighted as tokens of their own.
    expect(await page.locator("#console-query span", { hasText: "MATCH" }).count()).toBeGreaterThan(0);
    // An error from the server's check (Neo4j's front end) is marked in place.
    await setQuery(page, "MATCH (n RETURN n");
    await expect.poll(() => page.locator(".cm-lintRange-error").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // A refused query is marked too, before it is run.
    await setQuery(page, "LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l");
    await expect.poll(() => page.locator(".cm-lintRange-error").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator(".cm-lintRange-error").first().hover();
    await expect.poll(() => page.locator(".cm-tooltip-lint").textContent()).toMatch(/LOAD CSV/);
    await page.screenshot({ path: path.join(OUT, "console-editor.png") });
    await noProblems(opened);
    await page.close();
  });

  it("shows a title with <script> as text, never as markup", async () => {
    const opened = await openMap();
    const { page } = opened;
    await page.fill("#search-input", "prompt injection");
    const suggestion = page.locator('#search-suggestions li[data-id="2402.00005"]');
    await expect.poll(() => suggestion.locator(".label").textContent()).toBe(SCRIPT_TITLE);
    await suggestion.click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(SCRIPT_TITLE);
    expect(await page.locator("#details script, #details img, #details b").count()).toBe(0);
    expect(await page.locator("#details-abstract").textContent()).toContain("<img src=x onerror=alert(2)>");
    expect(await page.evaluate(() => document.querySelectorAll("script:not([src])").length)).toBe(0);
    await page.screenshot({ path: path.join(OUT, "script-title-as-text.png") });
    await noProblems(opened); // no alert dialog, no CSP violation
    await page.close();
  });

  it("exports the view as a PNG", async () => {
    const opened = await openMap();
    const { page } = opened;
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    expect(download.suggestedFilename()).toBe("paperatlas-map.png");
    const file = path.join(OUT, "export.png");
    await download.saveAs(file);
    const { readFile } = await import("node:fs/promises");
    const report = await analysePng(scratch, await readFile(file));
    expect(report.nonBackground).toBeGreaterThan(1000);
    await page.close();
  });
});
