/** Validation at the edge: each part of a request is parsed with its route's zod schema. */
import type { Request } from "express";
import type { z } from "zod";
import type { RouteSpec } from "../../schema/api.ts";
import { RequestInvalid, type Issue } from "../http/errors.ts";

export interface ParsedRequest {
  params: unknown;
  query: unknown;
  body: unknown;
}

function issuesOf(part: string, error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

function parsePart(
  route: string,
  part: "params" | "query" | "body",
  schema: z.ZodType | undefined,
  value: unknown,
): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(part === "body" && value === undefined ? {} : value);
  if (result.success) return result.data;
  const issues = issuesOf(part, result.error);
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  throw new RequestInvalid(`${route}: invalid request: ${summary}`, issues, {
    hint: "GET /api/openapi.json describes every route's parameters",
  });
}

export function parseRequest(route: string, spec: RouteSpec, req: Request): ParsedRequest {
  return {
    params: parsePart(route, "params", spec.params, req.params),
    query: parsePart(route, "query", spec.query, { ...(req.query as Record<string, unknown>) }),
    body: parsePart(route, "body", spec.body, req.body),
  };
}
