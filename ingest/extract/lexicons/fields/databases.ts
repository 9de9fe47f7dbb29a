/**
 * Lexicon: databases and data management (no arXiv category of its own here: cs.DC, cs.IR)
 * ========================================================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun or a listing head such as "… query", "… transaction", "… consistency",
 * "… storage", frequent names including upper-case ones like SPARQL and OLTP; the evaluation
 * samples' papers left out) and reviewed line by line against the labelling guidelines
 * (../shared/eval/README.md, eval/README.md rulings): query languages and database systems are
 * `method` (ruling 4), data models, consistency models and storage paradigms `technique`, the
 * problems solved (query processing, data integration) `task`, benchmarks `dataset`. Terms the
 * other files already hold (MySQL, PostgreSQL, Cassandra, HBase, NoSQL, YCSB, TPC-H, snapshot
 * isolation, query optimization, concurrency control, …) are not repeated. A trailing `# N` is the
 * number of corpus papers that named the term when it was reviewed. Format as in `../methods.ts`.
 * Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const DATABASES: FieldLexicon = {
  method: `
# --- query and ontology languages (ruling 4)
=SPARQL # 32
Web Ontology Language | =OWL # 13
# --- data systems
Relational Database Management System | =RDBMS | relational database management systems # 7
Spark Streaming | Apache Spark Streaming # 11
Elastic MapReduce | Amazon Elastic MapReduce # 6
Dynamic Distributed Dimensional Data Model | =D4M # 8
==YARN | Hadoop YARN | Apache YARN # 5
`,
  dataset: ``,
  hardware: ``,
  task: `
# --- query and transaction processing
Query Processing # 74
Transaction Processing # 16
Online Transaction Processing | =OLTP # 8
Online Analytical Processing | =OLAP # 8
Cardinality Estimation # 9
Similarity Join | similarity joins # 9
Query Answering # 5
# --- data integration and management
Data Integration # 17
Information Integration # 18
Data Cleaning # 11
Database Management # 23
Storage Management # 13
`,
  technique: `
# --- data models and stores
Relational Database # 65
Distributed Database # 59
Graph Database # 29
Key-Value Store | key value store # 61
Data Warehouse # 19
Spatial Database # 6
# --- storage paradigms
Distributed Storage # 191
Cloud Storage # 62
Object Storage | object store # 23
Erasure-Coded Storage | coded storage # 21
Tiered Storage # 5
Storage Area Network | =SAN # 16
# --- transactions and consistency
=ACID | ACID transaction | ACID properties # 14
CAP Theorem | CAP theorem # 12
Distributed Transaction # 16
Read-Only Transaction # 9
Atomic Commitment | atomic commit # 6
Commit Protocol # 9
Strong Consistency # 39
Eventual Consistency # 36
Causal Consistency # 22
Sequential Consistency # 25
Weak Consistency # 12
Memory Consistency Model | memory consistency # 11
# --- replication, streams and provenance
Partial Replication # 6
Full Replication # 6
Active Replication # 5
Streaming Algorithm # 32
Stream Processing | data stream processing | stream data processing # 24
Data Provenance # 10
Range Query # 20
`,
  metric: `
# --- query and transaction performance
Transaction Throughput # 18
Query Latency # 5
Query Throughput # 5
Cache Hit Rate | cache hit ratio # 13
Storage Efficiency # 22
`,
};
