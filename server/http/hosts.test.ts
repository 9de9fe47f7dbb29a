import { describe, expect, it } from "vitest";
import { hostAllowed, parseHostHeader } from "./hosts.ts";

const loopback = { host: "127.0.0.1", port: 3000 };

describe("hostAllowed(header, listening, extra)", () => {
  it("answers to the loopback names with the server's own port", () => {
    for (const header of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST:3000"]) {
      expect(hostAllowed(header, loopback, []), header).toBe(true);
    }
  });

  it("refuses other names, other ports, malformed and missing headers on loopback (DNS rebinding)", () => {
    for (const header of [
      "evil.example:3000",
      "evil.example",
      "localhost:3001",
      "localhost",
      "127.0.0.1.nip.io:3000",
    ]) {
      expect(hostAllowed(header, loopback, []), header).toBe(false);
    }
    expect(hostAllowed("local host:3000", loopback, [])).toBe(false);
    expect(hostAllowed(undefined, loopback, [])).toBe(false);
  });

  it("answers to the names a deployment lists, on any port", () => {
    expect(hostAllowed("atlas.lab.example", loopback, ["atlas.lab.example"])).toBe(true);
    expect(hostAllowed("atlas.lab.example:8443", loopback, ["atlas.lab.example"])).toBe(true);
    expect(hostAllowed("other.example", loopback, ["atlas.lab.example"])).toBe(false);
  });

  it("checks a server on another interface only against a given list", () => {
    const lan = { host: "0.0.0.0", port: 3000 };
    expect(hostAllowed("10.1.2.3:3000", lan, [])).toBe(true);
    expect(hostAllowed("10.1.2.3:3000", lan, ["atlas.lab.example"])).toBe(false);
  });
});

describe("parseHostHeader(header)", () => {
  it("splits name and port, keeping IPv6 brackets", () => {
    expect(parseHostHeader("[::1]:8080")).toEqual({ name: "[::1]", port: 8080 });
    expect(parseHostHeader("Example.org")).toEqual({ name: "example.org", port: null });
    expect(parseHostHeader("a/b")).toBeNull();
  });
});
