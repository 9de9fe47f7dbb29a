/** Text stage: bytes → text, normalisation and link finding, shared by every input format. */
export { decodeBytes, type DecodeResult } from "./decode.ts";
export { normalizeText, collapseWhitespace, joinLines, type NormalizeResult } from "./normalize.ts";
export { extractLinks, trimUrl, arxivIdFromLinks, normalizeArxivId } from "./links.ts";
