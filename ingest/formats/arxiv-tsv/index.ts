/** arXiv metadata TSV format: the pure whole-text parser (registered in FORMATS) and the streaming reader. */
export { arxivTsv, parseArxivTsv, ArxivRowReader, canonicalArxivId, isoDate } from "./arxiv-tsv.ts";
export { readArxivTsv, type ReadArxivOptions } from "./stream.ts";
export { TsvTokenizer, type TsvRow } from "./tsv.ts";
