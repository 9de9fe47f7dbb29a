/**
 * Lexicon: techniques
 * ===================
 * General techniques and concepts that are not one named system (eval README: "technique"):
 * message passing, attention, knowledge distillation, optimal transport, pipeline parallelism, KV
 * cache, AllReduce, supernet. Learning paradigms used as tools (RL, MIL, self-supervised learning)
 * are techniques. Format as in `methods.ts`. Data file.
 */
export const TECHNIQUES = `
# --- attention and sequence modelling
Attention | attention mechanism | attention mechanisms | attention module
Self-Attention | self attention | self-attention mechanism
Cross-Attention | cross attention
Multi-Head Attention | =MHA | multi-head self-attention | =MHSA
Rectified Linear Unit | =ReLU | rectified linear units
Grouped-Query Attention | =GQA | grouped query attention
Multi-Query Attention | =MQA
Multi-Head Latent Attention | =MLA
Sparse Attention
Linear Attention
Sliding Window Attention
Local Attention
Positional Encoding | position encoding | positional embedding | position embedding
Rotary Position Embedding | =RoPE | rotary positional embedding
KV Cache | key-value cache | =KV cache | KV caching | key-value caching | =KV-cache
Speculative Decoding | speculative sampling
Autoregressive Decoding | auto-regressive decoding
Parallel Decoding
Tree Attention
Beam Search
Chain-of-Thought | =CoT | chain of thought | chain-of-thought prompting
In-Context Learning | =ICL | in-context learning
Retrieval-Augmented Generation | =RAG | retrieval augmented generation
Prompt Engineering
Prompt Tuning
Prefix Tuning
Instruction Tuning
Parameter-Efficient Fine-Tuning | =PEFT | parameter-efficient fine-tuning | parameter efficient fine-tuning
Supervised Fine-Tuning | =SFT
Reinforcement Learning from Human Feedback | =RLHF
Tokenization
# --- learning paradigms used as tools
Reinforcement Learning | =RL | reinforcement-learning
Deep Reinforcement Learning | =DRL | deep RL
Multi-Agent Reinforcement Learning | =MARL
Offline Reinforcement Learning | offline RL
Imitation Learning
Inverse Reinforcement Learning
Self-Supervised Learning | self-supervised learning | self-supervision
Semi-Supervised Learning | semi-supervised learning
Unsupervised Learning
Contrastive Learning | contrastive learning
Multiple Instance Learning | =MIL | multiple-instance learning | multi-instance learning
Transfer Learning
Meta-Learning | meta learning | learning to learn
Active Learning
Curriculum Learning
Online Learning
Ensemble Learning | ensembles | model ensemble
Knowledge Distillation | =KD | distillation
Adversarial Training
Data Augmentation
Dropout
Batch Normalization | =BatchNorm | batch norm
Layer Normalization | =LayerNorm | layer norm
=RMSNorm | root mean square layer normalization | RMS normalization
Weight Decay
Label Smoothing
Early Stopping
Residual Connection | skip connection | residual connections | shortcut connection
Gradient Descent
Stochastic Gradient Descent | =SGD
Backpropagation | back-propagation | backprop
Backpropagation Through Time | =BPTT
Surrogate Gradient
Spike-Timing-Dependent Plasticity | =STDP
Hebbian Learning
Neuroevolution
Bayesian Optimization | =BO
Bayesian Inference
Variational Inference
Monte Carlo Dropout
Markov Decision Process | =MDP
Markov Chain Monte Carlo | =MCMC
Dynamic Programming
Beamforming
Integer Linear Programming | =ILP | integer programming
Mixed-Integer Linear Programming | =MILP | mixed integer linear programming
Linear Programming
Convex Optimization
Lagrangian Relaxation
Game Theory
# --- generative modelling
Classifier-Free Guidance | =CFG
Score Matching | denoising score matching
Flow Matching | flow-matching
Optimal Transport | optimal transport | =OT
Unbalanced Optimal Transport | unbalanced OT
Latent Space
Mode Collapse
Reparameterization Trick
Collaborative Filtering | collaborative filtering
Bilevel Optimization | bi-level optimization
Contrastive Loss | InfoNCE | InfoNCE loss
Triplet Loss
Focal Loss
Cross-Entropy Loss | cross entropy loss
Negative Sampling
Hard Negative Mining
Importance Sampling
Rejection Sampling
Gibbs Sampling
Langevin Dynamics
Nucleus Sampling | top-p sampling
Top-k Sampling
Temperature Scaling
Gradient Clipping
Gradient Accumulation
Learning Rate Warmup | learning-rate warmup
Cosine Annealing | cosine learning rate schedule
Self-Training | pseudo-labeling | pseudo labeling
Mixup
CutMix
Teacher-Student | teacher-student framework
Exponential Moving Average | =EMA
Hyperdimensional Computing | =HDC
Federated Distillation
# --- graphs
Message Passing | message-passing | message passing mechanism
Graph Convolution | graph convolutions | graph convolutional layer
Group Convolution | group convolutions | group convolutional | group equivariant convolution
Graph Pooling
Max Pooling | max-pooling | mean pooling | average pooling | global pooling | max/mean pooling
Graph Sampling | neighbor sampling | neighborhood sampling
Node Embedding | node embeddings
Graph Embedding
Hypergraph
Weisfeiler-Lehman Test | =WL test | =1-WL | Weisfeiler-Lehman | Weisfeiler-Leman
Graph Isomorphism Test | graph isomorphism
Random Walk
Spectral Graph Theory
Over-smoothing | oversmoothing
Over-squashing | oversquashing
Heterophily
Homophily
Locality Sensitive Hashing | =LSH | locality-sensitive hashing
MinHash
Bloom Filter
Count-Min Sketch
# --- NAS and compression techniques
Supernet | super-network | super-net | supernetwork | one-shot supernet
Weight Sharing | parameter sharing | weight-sharing
Search Space
Pruning | network pruning | model pruning | weight pruning
Structured Pruning
Unstructured Pruning
Token Pruning
Token Merging | =ToMe
Low-Rank Decomposition | low-rank factorization | low-rank approximation
Tensor Decomposition
Matrix Factorization
Singular Value Decomposition | =SVD
Principal Component Analysis | =PCA
Vector Quantization | =VQ
Product Quantization
Binarization
Mixed Precision | mixed-precision training | mixed-precision | mixed precision training
Weight Sparsity
Activation Sparsity
Structured Sparsity | N:M sparsity
Early Exit | early exiting
Model Merging
Weight Averaging
Conditional Computation
Dynamic Neural Network
Lottery Ticket Hypothesis
Neural Scaling Laws | scaling laws | scaling law
Linear Mode Connectivity | =LMC
Loss Landscape
Gradient Conflict | gradient conflicts
Distribution Shift | distribution shifts
Catastrophic Forgetting
# --- signal processing
Wavelet Transform | discrete wavelet transform | =DWT
Fourier Transform | fast Fourier transform | =FFT
Discrete Cosine Transform | =DCT
Depthwise Separable Convolution | depthwise convolution | depth-wise convolution
Dilated Convolution
Deformable Convolution
Winograd Convolution | Winograd
# --- distributed systems and parallelism
Pipeline Parallelism | pipeline parallel | pipeline-parallel | pipeline model parallelism
Tensor Parallelism | tensor parallel | tensor-parallel | tensor model parallelism
Data Parallelism | data parallel | data-parallel | data parallel training
Model Parallelism | model parallel
Expert Parallelism | expert parallel
Sequence Parallelism | sequence parallel | context parallelism
Hybrid Parallelism | 3D parallelism
AllReduce | all-reduce | allreduce | ring allreduce | ring-allreduce
All-to-All | all-to-all communication | alltoall
AllGather | all-gather
Reduce-Scatter | reduce scatter
Collective Communication | collective communications | collectives
Gradient Compression
Gradient Checkpointing | activation checkpointing | activation recomputation
Local SGD
Asynchronous SGD | =ASGD
Parameter Server
Communication-Computation Overlap | communication-computation overlap | computation-communication overlap | overlapping communication and computation
Offloading | CPU offloading | =KV offloading
Prefetching
Out-of-Core Processing | out-of-core
Continuous Batching | iteration-level scheduling
Dynamic Batching
Prefill-Decoding Disaggregation | prefill-decode disaggregation | disaggregated serving | =PD disaggregation
Chunked Prefill
Load Balancing | load-balancing | load balancing algorithm | load balancing algorithms
Work Stealing | work-stealing
Autoscaling | auto-scaling
Live Migration
Sharding
Consistent Hashing
Erasure Coding | erasure codes | erasure code
Deduplication | data deduplication
Gossip Protocol | gossip
Snapshot Isolation
Transactional Memory | hardware transactional memory | =HTM | software transactional memory | =STM
Lock-Free Data Structure | lock-free
Zero-Copy | zero copy
Kernel Bypass
Speculative Execution
Branch Prediction
Cache Coherence | cache coherence protocol
Out-of-Order Execution
Vectorization | =SIMD | single instruction multiple data
Multithreading | multi-threading
Data Locality
Memory Pooling
Log-Structured Merge Tree | =LSM-tree | LSM tree
Checkpointing | checkpoint/restart
Fault Tolerance
Consensus | consensus protocol
Byzantine Fault Tolerance | =BFT
Remote Direct Memory Access | =RDMA
Peer-to-Peer | =P2P | peer-to-peer network | =P2P network | peer to peer
Packet Spraying
Multipath Transport | =MPTCP
Equal-Cost Multi-Path | =ECMP
Software-Defined Networking | =SDN
Network Function Virtualization | =NFV
Edge Computing | mobile edge computing | multi-access edge computing
Cloud Computing
Fog Computing
Serverless Computing | serverless
High-Performance Computing | =HPC
Virtualization
Infrastructure as a Service | =IaaS
Platform as a Service | =PaaS
Software as a Service | =SaaS
Function as a Service | =FaaS
Directed Acyclic Graph | =DAG
Partial Differential Equation | =PDE
Ordinary Differential Equation | =ODE | =ODEs
Multiply-Accumulate | =MAC operations | multiply-and-accumulate
Containerization
Memory Disaggregation
Processing-in-Memory | =PIM | processing in memory | processing-in-memory | process-in-memory | processing-using-memory
Near-Memory Processing | =NMP | near-data processing | =NDP
Compute-in-Memory | =CIM | computing-in-memory | in-memory computing
Approximate Computing
Dataflow | dataflow architecture
Operator Fusion | kernel fusion | layer fusion
Loop Tiling | tiling
Hardware-Software Co-design | hardware/software co-design | HW/SW co-design | hardware-software codesign | algorithm-hardware co-design
Dynamic Voltage and Frequency Scaling | =DVFS
Power Gating
Clock Gating
Differential Privacy | differentially private
Zero-Knowledge Proof | =ZKP | zero knowledge proof
Homomorphic Encryption | fully homomorphic encryption | =FHE
Secure Multi-Party Computation | secure multiparty computation | multi-party computation | =SMPC
Trusted Execution Environment | =TEE
Blockchain
`;
