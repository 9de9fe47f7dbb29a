/**
 * Downloads, built once per graph state
 * ======================================
 * `GET /api/export` and `GET /api/report` files are built on a worker thread (worker.ts), one build
 * at a time, and kept: a request for a file already built for the graph as it is now (the map
 * payload's fingerprint: node, relationship and cluster counts) is answered from memory, equal
 * requests in flight share one build, and the server's event loop never runs a writer. The cache
 * keeps the most recent `maxFiles` files.
 */
import type { DbTarget } from "../../db/client.ts";
import { JobThread } from "../threads/thread.ts";
import { fileKey, type BuiltFile, type FileRequest, type WireFile } from "./protocol.ts";

export interface FileCache {
  get(request: FileRequest): Promise<BuiltFile>;
  close(): Promise<void>;
}

interface Entry {
  fingerprint: string;
  file: Promise<BuiltFile>;
}

export function createFileCache(
  target: DbTarget,
  fingerprint: () => Promise<string>,
  options: { maxFiles?: number } = {},
): FileCache {
  const maxFiles = options.maxFiles ?? 12;
  const entries = new Map<string, Entry>();
  const thread = new JobThread<FileRequest, WireFile>(new URL("./worker.mjs", import.meta.url), target);
  // Builds go to the thread one after another: a queue of promises.
  let tail: Promise<unknown> = Promise.resolve();

  const build = (request: FileRequest): Promise<BuiltFile> => {
    const run = tail
      .then(() => thread.run(request))
      .then(({ name, contentType, bytes }) => ({
        name,
        contentType,
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      }));
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    async get(request) {
      const key = fileKey(request);
      const print = await fingerprint();
      const cached = entries.get(key);
      if (cached && cached.fingerprint === print) return cached.file;
      const entry: Entry = { fingerprint: print, file: build(request) };
      entries.delete(key);
      entries.set(key, entry);
      // A failed build is not kept; the oldest files go past the bound.
      entry.file.catch(() => entries.get(key) === entry && entries.delete(key));
      while (entries.size > maxFiles) entries.delete(entries.keys().next().value!);
      return entry.file;
    },
    close: () => thread.terminate(),
  };
}
