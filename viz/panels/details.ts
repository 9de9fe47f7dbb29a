/**
 * Details panel: the selected paper (metadata, abstract, links, concepts by type, cited and citing
 * papers) or concept (its papers, co-occurring concepts, cluster), from `GET /api/nodes/:id`.
 * Everything is inserted as text; neighbour names are buttons that select and fly.
 */
import type { ConceptDetailsT, ConceptRefT, NodeDetailsT, PaperDetailsT, PaperRefT } from "../../schema/api.ts";
import { NODE_TYPE_TITLES } from "../../schema/map.ts";
import { CONCEPT_TYPES } from "../../schema/model.ts";
import { ApiError, call } from "../api-client.ts";
import { append, clear, externalLink, h } from "../dom.ts";
import { clusterReportLink } from "../downloads.ts";
import { select } from "../state.ts";
import { focusNode, type PanelContext } from "./context.ts";

function nodeButton(ctx: PanelContext, id: string, text: string): HTMLElement {
  const button = h("button", { type: "button", class: "linklike", "data-node": id, text });
  button.addEventListener("click", () => focusNode(ctx, id));
  return button;
}

function paperList(ctx: PanelContext, title: string, list: { total: number; papers: PaperRefT[] }): HTMLElement | null {
  if (list.total === 0) return null;
  const more = list.total > list.papers.length ? ` (first ${list.papers.length} of ${list.total})` : ` (${list.total})`;
  return h(
    "section",
    {},
    h("h2", { text: title + more }),
    h(
      "ul",
      {},
      ...list.papers.map((p) =>
        h("li", {}, nodeButton(ctx, p.id, p.title), p.year ? h("span", { class: "muted", text: ` ${p.year}` }) : null),
      ),
    ),
  );
}

function chips(ctx: PanelContext, title: string, concepts: (ConceptRefT & { count?: number })[]): HTMLElement | null {
  if (concepts.length === 0) return null;
  return h(
    "section",
    {},
    h("h2", { text: title }),
    h(
      "div",
      { class: "chips" },
      ...concepts.map((c) => nodeButton(ctx, c.id, c.count ? `${c.name} ×${c.count}` : c.name)),
    ),
  );
}

function paperView(ctx: PanelContext, p: PaperDetailsT): HTMLElement[] {
  const meta = [
    p.year ?? p.published,
    p.authorCount ? `${p.authorCount} authors` : null,
    p.organization,
    p.upvotes ? `${p.upvotes} upvotes` : null,
    p.arxivId ? `arXiv ${p.arxivId}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return [
    h("div", { class: "badge", text: p.stub ? "paper (known from references)" : "paper" }),
    h("h3", { id: "details-title", text: p.title }),
    h("div", { class: "meta", text: meta }),
    p.cluster
      ? h(
          "div",
          { class: "meta", text: `Cluster: ${p.cluster.label} ` },
          clusterReportLink(p.cluster.id, p.cluster.label),
        )
      : null,
    h("p", { class: "abstract", id: "details-abstract", text: p.abstract }),
    p.links.length
      ? h("section", {}, h("h2", { text: "Links" }), h("ul", {}, ...p.links.map((l) => h("li", {}, externalLink(l)))))
      : null,
    chips(ctx, "Proposes", p.proposes),
    ...CONCEPT_TYPES.map((t) => chips(ctx, NODE_TYPE_TITLES[t], p.concepts[t] ?? [])),
    paperList(ctx, "Cites", p.cites),
    paperList(ctx, "Cited by", p.citedBy),
  ].filter((e): e is HTMLElement => e !== null);
}

function conceptView(ctx: PanelContext, c: ConceptDetailsT): HTMLElement[] {
  return [
    h("div", { class: "badge", text: NODE_TYPE_TITLES[c.type] }),
    h("h3", { id: "details-title", text: c.name }),
    h("div", {
      class: "meta",
      text: `${c.paperCount} papers${c.aliases.length ? ` · also ${c.aliases.join(", ")}` : ""}`,
    }),
    c.cluster
      ? h(
          "div",
          { class: "meta", text: `Cluster: ${c.cluster.label} ` },
          clusterReportLink(c.cluster.id, c.cluster.label),
        )
      : null,
    paperList(ctx, "Proposed by", { total: c.proposedBy.length, papers: c.proposedBy }),
    chips(ctx, "Co-occurs with", c.cooccurring),
    paperList(ctx, "Papers", c.papers),
  ].filter((e): e is HTMLElement => e !== null);
}

export function mountDetails(root: HTMLElement, ctx: PanelContext): void {
  let generation = 0;

  function show(children: (HTMLElement | string)[]): void {
    const close = h("button", {
      type: "button",
      class: "close",
      text: "×",
      title: "Close",
      "aria-label": "Close details",
    });
    close.addEventListener("click", () => ctx.store.update(select(null)));
    clear(root);
    append(root, h("div", { class: "details" }, close, ...children));
    root.hidden = false;
  }

  async function load(id: string | null): Promise<void> {
    const mine = ++generation;
    document.body.dataset["details"] = "loading";
    if (id === null) {
      root.hidden = true;
      clear(root);
      document.body.dataset["details"] = "none";
      return;
    }
    try {
      const details: NodeDetailsT = await call("GET /api/nodes/:id", { params: { id }, query: {} });
      if (mine !== generation) return;
      show(details.kind === "paper" ? paperView(ctx, details) : conceptView(ctx, details));
      document.body.dataset["details"] = id;
    } catch (error) {
      if (mine !== generation) return;
      show([
        h("p", {
          class: "console-status error",
          text: error instanceof ApiError ? error.message : "could not load the details",
        }),
      ]);
      document.body.dataset["details"] = "error";
    }
  }

  void load(ctx.store.get().selection);
  ctx.store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) void load(state.selection);
  });
}
