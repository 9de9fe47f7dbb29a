/**
 * `paperatlas export [--format gexf|graphml] [--out FILE]`
 * ========================================================
 * Writes the whole graph (papers, concepts, MENTIONS, CITES) with the map's clusters, colours,
 * sizes and positions in a format Gephi opens (export/). The format choices are the keys of
 * `EXPORTERS`.
 */
import { Option } from "commander";
import { EXPORTERS, runExport } from "../../export/index.ts";
import type { ExportFormat } from "../../schema/report.ts";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";

export const exportCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("export")
      .description(
        "write the graph as GEXF or GraphML, coloured and laid out like the map (for Gephi), or the papers as Web of Science plain text (for CiteSpace)",
      )
      .addOption(new Option("--format <format>", "output format").choices(Object.keys(EXPORTERS)).default("gexf"))
      .option("--out <file>", "file to write (default: paperatlas.<format>)")
      .action(async (options: { format: ExportFormat; out?: string }) => {
        const out = options.out ?? `paperatlas.${EXPORTERS[options.format].extension}`;
        const result = await withDb(config, (db) => runExport(db, { format: options.format, out }));
        process.stdout.write(`export: wrote ${result.path} (${result.nodes} nodes, ${result.edges} edges)\n`);
      });
  },
};
