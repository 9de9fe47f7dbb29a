/**
 * Benchmark: parse the sample corpus (decode + normalise + parse) repeatedly and print entries/s
 * and MB/s. Run: `npx tsx ingest/formats/hf-listing/bench.ts [dir] [rounds]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeBytes } from "../../text/decode.ts";
import { normalizeText } from "../../text/normalize.ts";
import { parseListing } from "./hf-listing.ts";

const dir = process.argv[2] ?? "samples/hf-papers";
const rounds = Number(process.argv[3] ?? 50);
const files = readdirSync(dir)
  .filter((name) => !name.startsWith("."))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

let entries = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const f of files) {
    const text = normalizeText(decodeBytes(f.bytes, f.name).text, f.name).text;
    entries += parseListing(text, f.name).entries.length;
  }
}
const seconds = (performance.now() - started) / 1000;
const mb = (totalBytes * rounds) / 1e6;
process.stdout.write(
  `hf-listing: ${entries} entries in ${seconds.toFixed(2)} s: ${Math.round(entries / seconds)} entries/s, ` +
    `${(mb / seconds).toFixed(1)} MB/s (${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`,
);
