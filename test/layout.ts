/**
 * Layout checks for pages in Chromium
 * ===================================
 * `measureLayout(page)` reads the boxes the browser laid out and reports what breaks a page for a
 * reader: pairs of tables or figures (`svg`) drawn over each other, a page wider than the window
 * (horizontal scrolling), a table wider than the block it sits in, a cell whose text spills out of
 * it. Used by the report's layout test (report/layout.browser.test.ts) and by hand from a script.
 */
import type { Page } from "playwright-core";

export interface LayoutProblems {
  /** Tables and figures whose boxes intersect (neither inside the other), as "a | b (w×h px)". */
  overlaps: string[];
  /** `document.documentElement.scrollWidth` and `innerWidth`: wider means horizontal scrolling. */
  scrollWidth: number;
  innerWidth: number;
  /** Tables wider than their parent's content box. */
  wideTables: string[];
  /** Cells whose content is wider than the cell. */
  spilledCells: string[];
  /** How many tables and figures were looked at. */
  boxes: number;
}

/** Boxes within half a pixel of each other do not count: sub-pixel rounding, not overlap. */
export async function measureLayout(page: Page, selector = "table, svg"): Promise<LayoutProblems> {
  return page.evaluate((sel) => {
    const name = (e: Element): string => {
      const head = e.querySelector("th")?.textContent ?? e.querySelector("title")?.textContent ?? "";
      const section = e.closest("section")?.id ?? "";
      return `${e.tagName.toLowerCase()}[${head.slice(0, 30)}]@${section}`;
    };
    const els = Array.from(document.querySelectorAll(sel)).filter(
      (e) => !(e instanceof SVGElement && e.closest("svg") !== e),
    );
    const boxes = els.map((e) => e.getBoundingClientRect());
    const overlaps: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const [a, b, ea, eb] = [boxes[i]!, boxes[j]!, els[i]!, els[j]!];
        if (ea.contains(eb) || eb.contains(ea)) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) overlaps.push(`${name(ea)} | ${name(eb)} (${Math.round(w)}×${Math.round(h)} px)`);
      }
    }
    const wideTables = Array.from(document.querySelectorAll("table"))
      .filter((t) => {
        const parent = t.parentElement!;
        const style = getComputedStyle(parent);
        const room = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return t.getBoundingClientRect().width > room + 0.5;
      })
      .map(name);
    const spilledCells = Array.from(document.querySelectorAll("td, th"))
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => `${(c.textContent ?? "").slice(0, 40)} (${c.scrollWidth} > ${c.clientWidth} px)`);
    return {
      overlaps,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      wideTables,
      spilledCells,
      boxes: els.length,
    };
  }, selector);
}
