/**
 * Calls the API by key (STYLE §4): `call("GET /api/search", {query: {q}})` returns the route's
 * typed response. Only types come from schema/api.ts, so no validator ships to the browser.
 */
import type { Api, ApiErrorBodyT, ApiRequest, RouteKey } from "../schema/api.ts";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly hint: string | undefined;

  constructor(status: number, body: Partial<ApiErrorBodyT>) {
    super(body.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body.code ?? "INTERNAL";
    this.hint = body.hint;
  }
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export async function call<K extends RouteKey>(
  route: K,
  req: ApiRequest<K>,
  init: { signal?: AbortSignal } = {},
): Promise<Api[K]["res"]> {
  const [method, pattern] = route.split(" ") as [string, string];
  const parts = req as { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(parts.params?.[name] ?? ""));
  const response = await fetch(path + queryString(parts.query), {
    method,
    headers: parts.body === undefined ? {} : { "content-type": "application/json" },
    ...(parts.body === undefined ? {} : { body: JSON.stringify(parts.body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  if (!response.ok) throw new ApiError(response.status, isJson ? ((await response.json()) as ApiErrorBodyT) : {});
  return (isJson ? await response.json() : await response.arrayBuffer()) as Api[K]["res"];
}
