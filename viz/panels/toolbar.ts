/** Map tools: export the view as PNG, reset the camera, clear the selection and highlights, download reports and the graph. */
import { append, h } from "../dom.ts";
import { downloadMenu } from "../downloads.ts";
import { select, setHighlight } from "../state.ts";
import type { PanelContext } from "./context.ts";

export function mountToolbar(root: HTMLElement, ctx: PanelContext): void {
  const png = h("button", {
    type: "button",
    id: "export-png",
    text: "Export PNG",
    title: "Download the current view as a PNG image",
  });
  const fit = h("button", { type: "button", id: "reset-camera", text: "Fit", title: "Show the whole map" });
  const clear = h("button", {
    type: "button",
    id: "clear-focus",
    text: "Clear",
    title: "Clear the selection and highlights",
  });
  append(root, fit, clear, png, downloadMenu());
  fit.addEventListener("click", () => ctx.map.resetCamera());
  clear.addEventListener("click", () => {
    ctx.store.update(select(null));
    ctx.store.update(setHighlight([]));
  });
  png.addEventListener("click", async () => {
    const blob = await ctx.map.exportPng();
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: "paperatlas-map.png" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
