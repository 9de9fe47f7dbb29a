import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalize.ts";

describe("normaliseText", () => {
  it("applies NFC and collapses whitespace", () => {
    expect(normaliseText("Fre\u0301chet  Inception\n Distance")).toBe("Fréchet Inception Distance");
  });
  it("joins words broken at a line end, keeping compound hyphens", () => {
    expect(normaliseText("trans-\nformers for multi-\ntask learning")).toBe("transformers for multi-task learning");
  });
  it("keeps free LaTeX math out of names but keeps math glued to a name", () => {
    expect(normaliseText("attention costs $O(n^2)$ time")).toBe("attention costs ⟨math⟩ time");
    expect(normaliseText("M$^3$ViT customizes MoE layers")).toBe("M^3ViT customizes MoE layers");
    expect(normaliseText("on 8$\\times$ A100 GPUs")).toBe("on 8× A100 GPUs");
  });
  it("reduces LaTeX markup to its text", () => {
    expect(normaliseText("we propose \\emph{FlexGen}, see \\cite{x}")).toBe("we propose FlexGen, see");
  });
  it("drops URLs, which name repositories, not concepts", () => {
    expect(normaliseText("Codes are available at: https://github.com/VITA-Group/READ-ME.")).toBe(
      "Codes are available at: ⟨url⟩ .",
    );
  });
});
