/** VOSviewer import: public API (detection, the pure plan and the Neo4j runner). See README.md. */
export { isVosFormat, networkNameFor, vosviewerKind, VOS_FORMATS, type VosFormat, type VosKind } from "./detect.ts";
export { planVosImport, termType, type VosImportPlan, type VosSource } from "./plan.ts";
export { runVosImport, splitVosviewerInputs, type VosImportSummary, type VosInput } from "./run.ts";
