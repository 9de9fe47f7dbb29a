/**
 * Entry of the offline map (viz/offline/index.html): the served map's own entry (viz/main.ts),
 * with `call` answered from the page's data (api-client.ts, swapped in by vite.config.ts), the
 * clusters' "report" links opening their summaries, and a note saying what this file is.
 */
import "../main.ts";
import { byId } from "../dom.ts";
import { offlineSource } from "./api-client.ts";
import { mountClusterSummaries } from "./cluster-panel.ts";

mountClusterSummaries(byId("cluster-summary") as HTMLDialogElement);

// Search and details need the titles and abstracts: read them once the map has painted, while the
// reader looks at it, so the first search does not wait for them.
const idle = (fn: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 500);
const whenReady = new MutationObserver(() => {
  if (document.body.dataset["ready"] !== "true") return;
  whenReady.disconnect();
  idle(() => {
    void offlineSource().then(({ src }) => {
      const note = byId("offline-note");
      const written = src.extras.generatedAt.slice(0, 10);
      note.textContent = `Offline copy of the map, written ${written}: search covers titles and concept names; the Cypher console needs the server.`;
      document.body.dataset["offline"] = "ready";
    });
  });
});
whenReady.observe(document.body, { attributes: true, attributeFilter: ["data-ready"] });
