/** Read stage: paths → parsed files (bytes, hash, decode, detect, parse) and refusals. */
export { readInputs, readOne, type ParsedFile, type RefusedInput, type ReadResult, type ReadOptions } from "./read.ts";
