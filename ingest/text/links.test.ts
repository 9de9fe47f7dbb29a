import { describe, expect, it } from "vitest";
import { arxivIdFromLinks, extractLinks, normalizeArxivId, trimUrl } from "./links.ts";

describe("extractLinks", () => {
  it("finds http and https URLs in order without duplicates", () => {
    const text = "See https://a.org/x and http://b.io/y, then https://a.org/x again.";
    expect(extractLinks(text)).toEqual(["https://a.org/x", "http://b.io/y"]);
  });

  it("trims trailing punctuation", () => {
    expect(extractLinks("page at https://trip-i2v.github.io/TRIP/.")).toEqual(["https://trip-i2v.github.io/TRIP/"]);
  });

  it("trims a LaTeX {…} tail and stray closing braces", () => {
    expect(extractLinks("in https://github.com/hutaiHang/Faster-Diffusion{FasterDiffusion}.")).toEqual([
      "https://github.com/hutaiHang/Faster-Diffusion",
    ]);
    expect(extractLinks("\\url{https://x.org/a}")).toEqual(["https://x.org/a"]);
  });

  it("drops an unbalanced closing bracket but keeps a balanced one", () => {
    expect(extractLinks("online (https://uhh.de/inf-sp-storm).")).toEqual(["https://uhh.de/inf-sp-storm"]);
    expect(extractLinks("(see https://en.wikipedia.org/wiki/A_(b))")).toEqual(["https://en.wikipedia.org/wiki/A_(b)"]);
  });

  it("mends a scheme split by a space", () => {
    expect(extractLinks("code: https: //github.com/Graph-COM/NAT.")).toEqual(["https://github.com/Graph-COM/NAT"]);
  });

  it("ignores a bare scheme and text that only mentions http", () => {
    expect(extractLinks("the HTTP protocol; https:// alone; httpd")).toEqual([]);
  });

  it("is linear on hostile input", () => {
    const started = performance.now();
    expect(extractLinks(`https://x.org/${")".repeat(200_000)}`)).toEqual(["https://x.org/"]);
    expect(extractLinks("http".repeat(500_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("trimUrl", () => {
  it("leaves a clean URL alone", () => {
    expect(trimUrl("https://neonleexiang.github.io/DLGSANet/")).toBe("https://neonleexiang.github.io/DLGSANet/");
  });
});

describe("arxiv ids", () => {
  it("normalizeArxivId accepts new and old ids and drops the version", () => {
    expect(normalizeArxivId("2401.01234v2")).toBe("2401.01234");
    expect(normalizeArxivId("cs/9809007")).toBe("cs/9809007");
    expect(normalizeArxivId("arXiv:1709.0123")).toBe("1709.0123");
    expect(normalizeArxivId("12.34")).toBeNull();
  });

  it("arxivIdFromLinks reads arxiv.org/abs and /pdf links, only when they name one paper", () => {
    expect(arxivIdFromLinks(["https://github.com/x", "https://arxiv.org/abs/2401.01234v3"])).toBe("2401.01234");
    expect(arxivIdFromLinks(["https://arxiv.org/pdf/2401.01234.pdf", "https://arxiv.org/abs/2401.01234"])).toBe(
      "2401.01234",
    );
    expect(arxivIdFromLinks(["https://arxiv.org/abs/2401.01234", "https://arxiv.org/abs/2312.00001"])).toBeNull();
    expect(arxivIdFromLinks(["https://github.com/x"])).toBeNull();
  });
});
