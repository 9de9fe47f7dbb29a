/** Read stage: paths → parsed files (bytes, hash, decode, detect, parse) and refusals; big and compressed files as streams. */
export {
  openInputs,
  readInputs,
  readOne,
  type OpenResult,
  type ParsedFile,
  type RefusedInput,
  type ReadResult,
  type ReadOptions,
  type StreamInput,
} from "./read.ts";
export { STREAM_THRESHOLD_BYTES, type EntryBatch } from "./stream.ts";
