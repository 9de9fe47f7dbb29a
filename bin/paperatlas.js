#!/usr/bin/env node
// Launcher: registers tsx's loader so the TypeScript sources run as they are, with no build step.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
