/**
 * Downloads, built once per graph state
 * ======================================
 * `GET /api/export` and `GET /api/report` files are built on a worker thread (worker.ts), one build
 * at a time, and kept: a request for a file already built for the graph as it is now (the map
 * payload's fingerprint: node, relationship and cluster counts) is answered from memory, equal
 * requests in flight share one build, and the server's event loop never runs a writer. The cache
 * keeps the most recent `maxFiles` files.
 */
import { Worker } from "node:worker_threads";
import type { DbTarget } from "../../db/client.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { fileKey, type BuiltFile, type FileJobReply, type FileRequest } from "./protocol.ts";

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
  const waiting = new Map<number, { resolve(file: BuiltFile): void; reject(error: PaperAtlasError): void }>();
  let worker: Worker | null = null;
  let nextId = 1;
  // Builds go to the thread one after another: a queue of promises.
  let tail: Promise<unknown> = Promise.resolve();

  const thread = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: target });
    w.unref();
    w.on("message", (reply: FileJobReply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if (reply.file) {
        const { name, contentType, bytes } = reply.file;
        job.resolve({ name, contentType, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      } else {
        const e = reply.error ?? { code: "INTERNAL" as const, message: "download: the build failed" };
        job.reject(new PaperAtlasError(e.code, e.message, e.hint === undefined ? {} : { hint: e.hint }));
      }
    });
    const fail = () => {
      if (worker === w) worker = null;
      for (const [id, job] of waiting) {
        waiting.delete(id);
        job.reject(new PaperAtlasError("INTERNAL", "download: the build thread stopped"));
      }
    };
    w.on("error", fail);
    w.on("exit", fail);
    return (worker = w);
  };

  const build = (request: FileRequest): Promise<BuiltFile> => {
    const run = tail.then(
      () =>
        new Promise<BuiltFile>((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          thread().postMessage({ id, request });
        }),
    );
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
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
