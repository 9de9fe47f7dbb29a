/**
 * Generic concept names
 * =====================
 * Concepts the extractor rightly finds but that never name a cluster (labels.ts): they say how a
 * paper is measured or what it runs on in every field, not what it is about. The list is the
 * cluster stage's stop list, as BERTopic passes stop words to its c-TF-IDF and VOSviewer lets users
 * ignore general terms; it was drawn from the concepts the extractor emits most often on the arXiv
 * corpus (metric and hardware lexicons, ingest/extract/lexicons/) and on samples/hf-papers. A name
 * matches whatever its type, after `foldName`. Data file: one name a line, `#` starts a comment.
 */
export const GENERIC_CONCEPT_NAMES = `
# --- quality metrics every field reports (Accuracy: 8.6 % of arXiv papers; 22 % of the sample)
Accuracy
Top-1 Accuracy
Top-5 Accuracy
Error Rate
F1 Score
Precision and Recall
Area Under the Curve
Mean Squared Error
Mean-Square Error
Mean Absolute Error
Root Mean Square Error
Success Rate
# --- efficiency metrics every systems paper reports (Throughput 5.3 %, Latency 3.9 %, Bandwidth 3.7 %)
Latency
Throughput
Speedup
Bandwidth
Execution Time
Response Time
Training Time
Inference Time
Convergence Rate
Energy Efficiency
Energy Consumption
Power Consumption
Power Efficiency
Cost-Efficiency
Memory Footprint
Parameter Count
Hardware Utilization
FLOPs
Compression Ratio
Quality of Service
QoS
# --- hardware named as the platform, not the subject (the extractor's lexicon calls these generic)
CPU
Laptop
Mobile Device
Edge Device
Wireless Device
Accelerator
# --- vague terms typed as concepts, and single words that name no topic
Search Space
Latent Space
Natural Language
Neural Network Architecture
Degrees of Freedom
System
Network
Model
Method
Framework
Algorithm
Approach
Protocol
Computing
Computation
Analysis
Optimization
Learning
Application
Simulation
Performance
Evaluation
Implementation
Dataset
Challenge
Task
Problem
Tool
Platform
`;

/** A name's comparison form: lower case, hyphens and runs of spaces as one space, one plural "s" off. */
export function foldName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
  return s.length > 3 && s.endsWith("s") && !s.endsWith("ss") ? s.slice(0, -1) : s;
}

/** `GENERIC_CONCEPT_NAMES` as folded names. */
export const GENERIC_CONCEPTS: ReadonlySet<string> = new Set(
  GENERIC_CONCEPT_NAMES.split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "")
    .map(foldName),
);
