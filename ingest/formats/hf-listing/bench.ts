/**
 * Benchmark: read the sample corpus through readInputs (bytes → decode → normalise → detect →
 * parse) repeatedly and print entries/s and MB/s.
 * Run: `npx tsx ingest/formats/hf-listing/bench.ts [dir|files…]` (default samples/hf-papers).
 */
import os from "node:os";
import { readInputs } from "../../read/index.ts";

const inputs = process.argv.length > 2 ? process.argv.slice(2) : ["samples/hf-papers"];
const rounds = Number(process.env["ROUNDS"] ?? 50);

let entries = 0;
let bytes = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  const read = await readInputs(inputs, { format: "hf-listing" });
  for (const file of read.files) {
    entries += file.entries.length;
    bytes += file.size;
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `hf-listing: ${entries} entries in ${seconds.toFixed(2)} s: ${Math.round(entries / seconds)} entries/s, ` +
    `${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}, ` +
    `${new Date().toISOString().slice(0, 10)})\n`,
);
