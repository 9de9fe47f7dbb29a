/**
 * A small hand-made corpus for tests: three topics, each with its own concepts, papers that name
 * three or four of their topic's concepts, one concept every paper names, and a few citations.
 */
import type { ConceptRecord, PaperRecord } from "../../projection/projection.ts";

export const TOPICS: Record<string, [string, string][]> = {
  diffusion: [
    ["method", "Diffusion Model"],
    ["task", "Image Generation"],
    ["method", "Denoising Score Matching"],
    ["dataset", "ImageNet"],
    ["method", "U-Net"],
  ],
  graphs: [
    ["method", "Graph Neural Network"],
    ["technique", "Message Passing"],
    ["task", "Node Classification"],
    ["dataset", "Cora"],
    ["task", "Link Prediction"],
  ],
  robots: [
    ["method", "Reinforcement Learning"],
    ["task", "Motion Planning"],
    ["hardware", "Robot Arm"],
    ["task", "Grasping"],
    ["method", "Policy Gradient"],
  ],
};

export const COMMON: [string, string] = ["method", "Deep Learning"];

export const conceptKey = ([type, name]: [string, string]): string => `${type}:${name.toLowerCase()}`;

export function topicCorpus(papersPerTopic = 12): { papers: PaperRecord[]; concepts: ConceptRecord[] } {
  const concepts: ConceptRecord[] = [COMMON, ...Object.values(TOPICS).flat()].map((c) => ({ id: conceptKey(c), name: c[1], type: c[0] }));
  const papers: PaperRecord[] = [];
  for (const [topic, list] of Object.entries(TOPICS)) {
    for (let i = 0; i < papersPerTopic; i++) {
      const named = [list[i % 5]!, list[(i + 1) % 5]!, list[(i + 2) % 5]!, ...(i % 3 === 0 ? [list[(i + 3) % 5]!] : [])];
      const ids = [...named.map(conceptKey), conceptKey(COMMON)];
      papers.push({
        id: `${topic}-${String(i).padStart(2, "0")}`,
        conceptIds: ids,
        weights: ids.map((_, k) => (k === 0 ? 2 : 1)),
        cites: i > 0 ? [`${topic}-${String(i - 1).padStart(2, "0")}`] : [],
      });
    }
  }
  return { papers, concepts };
}
