/**
 * The xz reader
 * =============
 * `spawnXz(file, name)` decompresses an `.xz` file through a spawned `xz -dc`, as a `ByteSource`:
 * the decompressed bytes as a stream, `finished()` that rejects when xz failed, and `stop()` that
 * kills the process (a consumer that breaks early). Used by the streaming reader (stream.ts) and
 * by the arXiv TSV reader (formats/arxiv-tsv/stream.ts).
 * Errors: PREREQUISITE_MISSING (no `xz` program), INPUT_UNREADABLE (xz failed: a corrupt archive).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { PaperAtlasError } from "../../schema/errors.ts";

/** Bytes from a producer that may fail after the last chunk (a decompressor's exit status). */
export interface ByteSource {
  stream: AsyncIterable<Buffer>;
  /** Resolves when the producer is done; rejects when it failed. */
  finished(): Promise<void>;
  stop(): void;
}

export function spawnXz(file: string, name: string): ByteSource {
  const child: ChildProcessWithoutNullStreams = spawn("xz", ["-dc", "--", file], { stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-2000)));
  const exit = new Promise<void>((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        reject(
          new PaperAtlasError("PREREQUISITE_MISSING", `read: ${name}: the xz program is not installed`, {
            where: file,
            hint: "install xz (apt-get install xz-utils, brew install xz), or unpack the file with `xz -dk`",
            cause: error,
          }),
        );
      } else reject(error);
    });
    child.on("close", (code, signal) => {
      if (code === 0 || signal === "SIGTERM") resolve();
      else {
        const why = stderr.trim().split("\n").pop() ?? `exit code ${code}`;
        reject(
          new PaperAtlasError("INPUT_UNREADABLE", `read: ${name}: xz could not decompress it (${why})`, {
            where: file,
            hint: "check the archive (`xz -t FILE`) or fetch it again",
          }),
        );
      }
    });
  });
  exit.catch(() => {}); // observed in finished(); avoid an unhandled rejection before that
  return { stream: child.stdout, finished: () => exit, stop: () => void child.kill("SIGTERM") };
}
