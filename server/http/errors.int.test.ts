import path from "node:path";
import express from "express";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { errorHandler } from "./errors.ts";

/** A real Express app with the error boundary behind Express's own static files and body parser. */
async function answer(method: string, url: string, headers: Record<string, string> = {}, body?: string) {
  const app = express();
  app.use("/assets", express.static(path.join(import.meta.dirname, "no-such-dir"), { fallthrough: false }));
  app.get("/api/nodes/:id", (req, res) => {
    res.json({ id: req.params["id"] });
  });
  app.post("/api/cypher", express.json(), (_req, res) => {
    res.json({});
  });
  app.use(errorHandler(pino({ level: "silent" })));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  try {
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;
    const response = await fetch(`http://127.0.0.1:${port}${url}`, init);
    return { status: response.status, body: (await response.json()) as { code: string } };
  } finally {
    server.close();
  }
}

describe("errorHandler: Express's own client errors", () => {
  it("answers a missing static file 404 NOT_FOUND", async () => {
    expect(await answer("GET", "/assets/missing.js")).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
  });

  it("answers a path with bad percent-encoding 400 BAD_REQUEST", async () => {
    expect(await answer("GET", "/api/nodes/%E0%A4%A")).toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
  });

  it("answers an unsupported Content-Encoding 400 BAD_REQUEST", async () => {
    const r = await answer(
      "POST",
      "/api/cypher",
      { "content-type": "application/json", "content-encoding": "compress" },
      "{}",
    );
    expect(r).toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
  });
});
