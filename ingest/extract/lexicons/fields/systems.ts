/**
 * Lexicon: distributed and parallel systems, computer architecture and hardware, security (cs.DC, cs.AR)
 * ======================================================================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun, frequent names; the evaluation samples' papers left out) and reviewed line by
 * line against the labelling guidelines (../shared/eval/README.md, eval/README.md rulings). A
 * trailing `# N` is the number of corpus papers that named the term when it was reviewed. Format
 * as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const SYSTEMS: FieldLexicon = {
  method: `
# --- blockchains and distributed ledgers
Bitcoin # 108
Ethereum # 74
Hyperledger Fabric | =HLF | Hyperledger # 38
Tendermint # 5
# --- cloud, grid and big-data systems
Apache Storm | ==Storm # 38
Apache Hive | ==Hive # 15
Apache HBase | HBase # 6
Apache Accumulo | Accumulo # 11
Apache Giraph | Giraph # 10
Apache Mesos | Mesos # 8
Apache Mahout | Mahout # 5
GraphLab # 11
Spark MLlib | MLlib # 6
PySpark # 7
Globus Toolkit | Globus # 41
Aneka # 14
Eucalyptus # 6
Google App Engine # 5
HTCondor | ==Condor # 7
GridFTP # 7
Nimrod-G # 5
CloudSim # 26
GridSim # 9
GPGPU-Sim # 5
Jupyter Notebook | Jupyter # 10
SQLite # 5
Java Virtual Machine | =JVM # 8
# --- parallel programming models, runtimes and libraries
Open MPI | OpenMPI # 5
POSIX Threads | Pthreads # 6
Threading Building Blocks | Intel TBB # 5
Cilk | Cilk Plus # 9
StarPU # 6
FastFlow # 6
PETSc # 11
ScaLAPACK # 10
Trilinos # 6
Basic Linear Algebra Subprograms | =BLAS # 5
OpenBLAS # 5
GraphBLAS # 13
NumPy # 6
OpenFOAM # 5
Caffe # 34
Theano # 7
# --- programming and hardware description languages, operating systems (ruling 4)
Fortran | Fortran 77 | Fortran 90 # 22
Erlang # 22
==Scala # 18
Haskell # 12
OCaml # 5
Verilog # 23
SystemC # 8
Handel-C # 5
Linux # 181
==Unix # 14
# --- algorithms
Apriori Algorithm | ==Apriori # 20
Conjugate Gradient | conjugate gradient method | conjugate gradient algorithm # 14
Algebraic Multigrid | =AMG # 5
Smith-Waterman Algorithm | ==Smith-Waterman # 8
Strassen Algorithm | Strassen's algorithm # 8
Multigrid | multigrid method | multigrid solver # 6
Successive Cancellation Decoding | successive cancellation # 17
# --- cryptographic algorithms
Advanced Encryption Standard | =AES # 7
Data Encryption Standard # 6
`,
  dataset: `
# --- benchmarks and workloads
BigDataBench # 11
TeraSort # 7
NAS Parallel Benchmarks | NAS parallel benchmark # 6
Google Cluster Trace | Google cluster data | Google cluster traces # 13
`,
  hardware: `
# --- processors and GPU generations
Knights Landing | =KNL # 14
Many Integrated Core | Intel MIC # 13
==Kepler | Kepler GPU | Kepler architecture # 22
==Fermi | Fermi GPU | Fermi architecture # 18
Maxwell GPU | Maxwell architecture # 18
Pascal GPU | Pascal architecture # 14
==Volta | Volta GPU # 7
==Tesla | NVIDIA Tesla | Tesla K20 | Tesla K40 | Tesla C2050 | Tesla P40 # 52
GeForce | NVIDIA GeForce # 14
==Haswell # 25
Sandy Bridge # 12
Opteron | AMD Opteron # 6
Pentium # 5
ARMv8 # 8
Tegra | NVIDIA Tegra # 9
Exynos # 10
Epiphany | Adapteva Epiphany # 13
Parallella # 5
Intel Edison # 12
Virtex | Virtex-4 | Virtex-5 | Virtex-6 | Virtex II Pro # 16
Spartan | Spartan-3 | Spartan-6 # 6
Altera Cyclone | Cyclone V | Cyclone IV # 10
Chip Multiprocessor # 23
General-Purpose Processor | general purpose processor # 11
Network Processor # 14
Embedded Processor # 14
Application-Specific Instruction-Set Processor | =ASIP # 5
Single-Board Computer | single board computer # 8
Instruction Set Architecture # 11
Software Guard Extensions | =SGX | Intel SGX # 11
# --- memory
Main Memory # 99
On-chip Memory # 41
Off-chip Memory # 25
GPU Memory # 44
Shared Memory # 242
Distributed Memory # 115
Last-Level Cache | =LLC | last level cache # 17
L1 Cache # 12
L2 Cache # 9
Scratchpad Memory # 7
Cache Memory # 23
Memory Controller # 25
Translation Lookaside Buffer | =TLB # 7
Memory Management Unit | =MMU # 5
Content-Addressable Memory | content addressable memory # 12
Hybrid Memory Cube # 8
Racetrack Memory # 7
Spin-Transfer Torque RAM | =STT-RAM | spin-transfer torque random access memory # 10
Magnetic Tunnel Junction | =MTJ # 5
Carbon Nanotube Field-Effect Transistor | =CNFET # 5
Multi-Level Cell # 9
# --- accelerators
CNN Accelerator # 23
Neural Network Accelerator # 17
FPGA Accelerator # 16
Crossbar Array | memristor crossbar array # 17
# --- interconnects, clusters and machines
Interconnection Network # 48
Myrinet # 6
Computer Cluster | compute cluster | computing cluster # 23
GPU Cluster # 22
HPC Cluster # 19
Hadoop Cluster # 22
Blue Gene | BlueGene | Blue Gene/Q | Blue Gene/P | BlueGene/Q | BlueGene/P # 30
==Titan | Titan supercomputer # 30
Piz Daint # 9
==Cori | Cori supercomputer # 12
Cray XC40 | Cray XC30 | Cray XE6 | Cray XT5 | Cray XK7 # 46
Square Kilometre Array | =SKA | Square Kilometer Array # 7
`,
  task: `
# --- distributed graph problems
Minimum Spanning Tree | =MST | minimum-weight spanning tree # 68
Maximal Independent Set | =MIS # 25
Maximal Matching # 29
Maximum Matching # 22
Graph Coloring | vertex coloring | graph colouring # 30
Leader Election # 21
Mutual Exclusion # 8
Clock Synchronization # 9
Breadth-First Search | breadth first search # 25
All-Pairs Shortest Paths | =APSP | all pairs shortest paths | all-pairs shortest path # 15
Single-Source Shortest Paths | =SSSP | single source shortest paths | single-source shortest path # 10
Locally Checkable Labeling | =LCL | locally checkable labelings # 9
Termination Detection # 8
Deadlock Detection # 8
# --- systems problems
Data Placement # 28
Replica Placement # 14
Virtual Machine Placement | =VMP | VM placement # 14
Resource Discovery # 49
Failure Detection # 48
Fault Detection # 41
Performance Modeling | performance modelling # 34
Performance Prediction # 32
Formal Verification # 56
Runtime Verification # 16
Static Analysis # 31
Root Cause Analysis # 8
Distributed Optimization | decentralized optimization # 127
Distributed Estimation # 30
Distributed Machine Learning | =DML # 77
Frequent Itemset Mining | itemset mining # 11
Frequent Pattern Mining # 5
Pattern Matching # 50
Data Compression # 50
Lossy Compression # 15
Hypergraph Partitioning # 7
Image Reconstruction # 27
Byzantine Agreement # 18
Numerical Weather Prediction | =NWP # 17
Attack Detection # 37
Spam Detection # 26
`,
  technique: `
# --- distributed computing concepts
Distributed Algorithm # 425
Parallel Algorithm # 159
Self-Stabilization | self-stabilizing algorithm | self-stabilizing algorithms # 35
Gossip Algorithm # 27
Failure Detector # 20
State Machine Replication | state-machine replication | replicated state machine # 21
Data Replication # 59
Data Partitioning # 21
Distributed Hash Table | =DHT # 29
Conflict-free Replicated Data Type | =CRDT | conflict-free replicated data types # 15
Overlay Network # 75
Stream Processing | distributed stream processing # 9
Population Protocol # 17
Look-Compute-Move # 24
CONGEST Model | ==CONGEST # 6
Congested Clique # 15
Amdahl's Law # 19
Moore's Law # 23
Dennard Scaling # 6
Bulk Synchronous Parallel | =BSP # 20
Partitioned Global Address Space | =PGAS # 12
Single Program Multiple Data | =SPMD # 7
Distributed Shared Memory # 19
Virtual Machine # 217
Remote Procedure Call # 5
Just-In-Time Compilation | just-in-time compiler | =JIT # 7
Garbage Collection # 23
Compare-and-Swap # 16
Complex Event Processing # 7
In-Network Aggregation # 13
Service-Oriented Architecture | =SOA | service oriented architecture # 33
Microservice Architecture | microservices architecture # 11
DevOps # 17
High-Throughput Computing # 10
Exascale Computing # 39
# --- parallel programming and scheduling
Parallel Programming # 120
Concurrent Programming # 25
Distributed Programming # 25
GPU Programming # 24
Functional Programming # 19
Object-Oriented Programming # 13
Task-Based Programming # 7
Vertex-Centric Programming # 7
Dataflow Programming # 5
Task Parallelism | task-level parallelism # 16
Thread-Level Parallelism | =TLP # 13
Instruction-Level Parallelism # 8
Fine-Grained Parallelism | fine-grain parallelism # 8
Loop Scheduling # 9
Dynamic Loop Self-Scheduling # 13
Workflow Scheduling # 9
Energy-Aware Scheduling # 8
Dominant Resource Fairness # 13
# --- numerical methods
Domain Decomposition # 44
Adaptive Mesh Refinement # 17
Coordinate Descent # 49
Synchronous SGD | synchronous stochastic gradient descent # 15
Distributed Stochastic Gradient Descent | distributed SGD # 17
Krylov Subspace Method | Krylov solver | Krylov subspace methods # 23
Finite Element Method | finite element analysis # 8
Discontinuous Galerkin # 12
Lattice Boltzmann Method | =LBM # 5
Smoothed Particle Hydrodynamics | =SPH # 9
Particle-In-Cell # 7
Fast Multipole Method | =FMM # 6
Cholesky Factorization | Cholesky decomposition # 6
LU Factorization | LU decomposition # 9
QR Factorization | QR decomposition # 15
Tucker Decomposition # 14
Compressed Sparse Row | =CSR # 12
Structure of Arrays # 7
Petri Net # 37
# --- architecture and circuits
Register-Transfer Level | =RTL | register transfer level # 15
Hardware Description Language | =HDL # 6
Complementary Metal-Oxide-Semiconductor | =CMOS | complementary metal oxide semiconductor # 8
Triple Modular Redundancy | =TMR # 10
Cache Replacement Policy | replacement policy # 23
Least Recently Used | =LRU # 20
Cache Partitioning # 9
Data Reuse # 36
Virtual Memory # 23
Address Translation # 20
Dynamic Power Management # 8
Dynamic Thermal Management # 6
Soft Error | soft errors # 18
Single Event Upset | =SEU # 7
Silent Data Corruption # 8
Low-Density Parity-Check Code | =LDPC | low density parity check | LDPC code # 13
Reed-Solomon Code | ==Reed-Solomon # 35
Regenerating Code # 8
Locally Repairable Code # 6
# --- security
Distributed Denial of Service | =DDoS | distributed denial-of-service # 66
Denial of Service | denial-of-service # 20
Sybil Attack | ==Sybil # 17
Hardware Trojan # 9
Physical Unclonable Function | =PUF # 9
Elliptic Curve Cryptography # 22
Public Key Infrastructure | =PKI # 13
Cryptography # 11
Encryption # 15
Authentication # 15
Secret Sharing # 20
Verifiable Secret Sharing # 5
Secure Aggregation # 12
Secure Routing # 33
Proof of Work | =PoW # 22
Proof of Stake # 10
Distributed Ledger Technology | =DLT | distributed ledger # 11
Merkle Tree # 9
Selfish Mining # 5
`,
  metric: `
# --- parallel and system performance
Parallel Efficiency # 43
Scaling Efficiency # 19
CPU Utilization # 25
Memory Utilization # 18
Access Latency # 44
Memory Latency # 15
Network Latency # 43
Miss Rate | cache miss rate # 23
Failure Rate # 25
Total Cost of Ownership | =TCO # 11
Energy-Delay Product | energy delay product # 9
Job Completion Time # 26
Competitive Ratio # 59
Approximation Ratio # 99
`,
};
