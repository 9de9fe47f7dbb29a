/**
 * The offline map's stand-in for the Cypher console (panels/console.ts): Cypher needs the server
 * and Neo4j, so the offline page mounts nothing and keeps the drawer hidden. Swapped in by
 * vite.config.ts, which also keeps the editor and the Cypher grammar out of the page.
 */
import type { PanelContext } from "../panels/context.ts";

export function mountConsole(root: HTMLElement, _ctx: PanelContext): void {
  root.hidden = true;
}
