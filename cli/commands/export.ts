/**
 * `paperatlas export [--format gexf|graphml|vosviewer-json|vosviewer-map|wos|html] [--out FILE] [--level N]`
 * ==========================================================================================================
 * Writes the whole graph (papers, concepts, MENTIONS, CITES) with the map's clusters, colours,
 * sizes and positions in a format Gephi or VOSviewer opens (export/). The format choices are the
 * keys of `EXPORTERS`. A format of several files (vosviewer-map) takes `--out` as a base name:
 * `--out atlas.txt` writes `atlas-map.txt` and `atlas-network.txt`. `html` writes the map itself
 * as one file that opens offline (export/html/).
 */
import { Option } from "commander";
import { EXPORTERS, runExport } from "../../export/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ExportFormat } from "../../schema/report.ts";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";

function level(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new PaperAtlasError("BAD_REQUEST", `export: --level: expected a whole number from 0, got "${raw}"`, {
      hint: "pass --level 0 for the top level of clusters, 1 for the next, …",
    });
  }
  return n;
}

export const exportCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("export")
      .description(
        "write the graph coloured and laid out like the map: GEXF or GraphML (Gephi), VOSviewer JSON or map + network files; the papers as Web of Science plain text (CiteSpace); or the map as one offline HTML file",
      )
      .addOption(new Option("--format <format>", "output format").choices(Object.keys(EXPORTERS)).default("gexf"))
      .option("--out <file>", "file to write (default: paperatlas.<extension>; a base name for vosviewer-map)")
      .option("--level <n>", "hierarchy level whose clusters are exported (0 = top)", "0")
      .action(async (options: { format: ExportFormat; out?: string; level: string }) => {
        const out = options.out ?? `paperatlas.${EXPORTERS[options.format].extension}`;
        const result = await withDb(config, (db) =>
          runExport(db, {
            format: options.format,
            out,
            level: level(options.level),
            say: (m) => process.stderr.write(`${m}\n`),
          }),
        );
        process.stdout.write(
          `export: wrote ${result.paths.join(", ")} (${result.nodes} nodes, ${result.edges} edges)\n`,
        );
      });
  },
};
