/** Type tests: the handler table must implement every route of schema/api.ts (checked by `tsc -p .`). */
import type { Handlers } from "./types.ts";

declare const handlers: Handlers;
const { ["GET /api/search"]: _search, ...rest } = handlers;
void _search;

// @ts-expect-error a table without "GET /api/search" is not a Handlers
export const missingRoute: Handlers = rest;

// @ts-expect-error handlers answer the route's response type, not any object
export const wrongResponse: Handlers["GET /api/health"] = async () => ({ status: "fine" });
