/**
 * OpenAPI 3.1 document generated from the API table (schema/api.ts): paths, parameters, request
 * bodies and responses come from the same zod schemas the server validates with (`z.toJSONSchema`),
 * and each route's error codes become its error responses.
 */
import { z } from "zod";
import { API, ApiErrorBody, type RouteKey, type RouteSpec } from "../schema/api.ts";
import { ERROR_CODES } from "../schema/errors.ts";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  delete out["$schema"];
  return out;
}

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const required = where === "path" || !field.safeParse(undefined).success;
      const fieldSchema = jsonSchema(field, "input");
      out.push({
        name,
        in: where,
        required,
        schema: fieldSchema,
        ...(fieldSchema["description"] ? { description: fieldSchema["description"] } : {}),
      });
    }
  }
  return out;
}

function responses(spec: RouteSpec): Json {
  const ok =
    spec.res === "binary"
      ? {
          description: "the map payload (see MapHeader in schema/api.ts)",
          content: {
            "application/vnd.paperatlas.map": {
              schema: { type: "string", contentMediaType: "application/octet-stream" },
            },
          },
        }
      : spec.res === "file"
        ? {
            description: "a file to download (Content-Disposition: attachment); its media type follows `format`",
            content: { "*/*": { schema: { type: "string" } } },
          }
        : { description: "OK", content: { "application/json": { schema: jsonSchema(spec.res, "output") } } };
  const byStatus = new Map<number, string[]>();
  for (const code of [...spec.errors, "INTERNAL" as const]) {
    const status = ERROR_CODES[code].httpStatus;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const errorSchema = jsonSchema(ApiErrorBody, "output");
  const out: Json = { "200": ok };
  for (const [status, codes] of byStatus) {
    out[String(status)] = {
      description: `error: ${codes.join(", ")}`,
      content: { "application/json": { schema: errorSchema } },
    };
  }
  return out;
}

export function openApiDocument(version: string): Json {
  const paths: Record<string, Json> = {};
  for (const key of Object.keys(API) as RouteKey[]) {
    const [method, path] = key.split(" ") as [string, string];
    const spec: RouteSpec = API[key];
    const operation: Json = {
      operationId: key,
      summary: spec.summary,
      parameters: parameters(spec),
      responses: responses(spec),
    };
    if (spec.body)
      operation["requestBody"] = {
        required: true,
        content: { "application/json": { schema: jsonSchema(spec.body, "input") } },
      };
    const oaPath = path.replace(/:(\w+)/g, "{$1}");
    paths[oaPath] = { ...(paths[oaPath] ?? {}), [method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "PaperAtlas API",
      version,
      description: "The map, search, details and read-only Cypher console of a PaperAtlas graph.",
    },
    paths,
  };
}
