/**
 * Lexicon: methods
 * ================
 * Named models, architectures, model families, algorithms, systems and libraries (eval README:
 * "method"). One entry a line: `Canonical Name | alias | alias`; `=` marks a case-sensitive form
 * (whole line with `==`). Canonical names are the common long form in Title Case. Data file:
 * exempt from the module size budget.
 */
export const METHODS = `
# --- model families and architectures
Transformer | transformer model | transformer architecture | vanilla transformer
Vision Transformer | =ViT | vision transformers | visual transformer
Large Language Model | =LLM | large language model | large-language model | LLM model | large-scale language model
Small Language Model | =SLM | small language model
Pre-trained Language Model | =PLM | pretrained language model | pre-trained language model
Language Model | =LM | language models
Masked Language Model | =MLM
Vision-Language Model | =VLM | vision language model | visual language model
Multimodal Large Language Model | =MLLM | multimodal LLM | multi-modal large language model | multimodal large language model
Large Multimodal Model | =LMM
Foundation Model | foundation models
Diffusion Model | diffusion probabilistic model | =DPM | diffusion models | diffusion-based model | denoising diffusion model
Denoising Diffusion Probabilistic Model | =DDPM
Denoising Diffusion Implicit Model | =DDIM
Latent Diffusion Model | =LDM
Video Diffusion Model | =VDM
Diffusion Transformer | =DiT
Stable Diffusion
Stable Diffusion XL | =SDXL
Graph Diffusion Model
Score-based Generative Model | score-based model | =SGM
Consistency Model | consistency models
Flow Matching Model
Normalizing Flow | normalising flow | normalizing flows
Generative Adversarial Network | =GAN | generative adversarial net
Variational Autoencoder | =VAE | variational auto-encoder
Vector Quantized Variational Autoencoder | =VQ-VAE
Autoencoder | auto-encoder
Masked Autoencoder
Graph Neural Network | =GNN | graph neural net | graph neural network model
Graph Convolutional Network | =GCN | graph convolutional neural network | graph convolution network
Graph Attention Network | =GAT
Graph Isomorphism Network | =GIN
GraphSAGE | Graph SAGE
Graph Transformer | graph transformers
Message Passing Neural Network | =MPNN | message-passing neural network
Hypergraph Neural Network | =HGNN
Equivariant Neural Network | equivariant network | equivariant networks | E(n) equivariant graph neural network | =EGNN
Spatio-Temporal Graph Neural Network | =STGNN
Convolutional Neural Network | =CNN | ConvNet | convolutional network | convolutional neural net | =CNNs
Recurrent Neural Network | =RNN | recurrent network | recurrent neural net
Long Short-Term Memory | =LSTM | long short term memory
Bidirectional LSTM | =BiLSTM | Bi-LSTM
Gated Recurrent Unit | =GRU
Multi-Layer Perceptron | =MLP | multilayer perceptron | multi-layer perceptron
Deep Neural Network | =DNN | deep neural net
Deep Linear Network
Spiking Neural Network | =SNN | spiking neural net
Binary Neural Network | =BNN | binarized neural network
Bayesian Neural Network
Physics-Informed Neural Network | =PINN
Neural Ordinary Differential Equation | Neural ODE | =NODE
Kolmogorov-Arnold Network | =KAN
Capsule Network | CapsNet
Siamese Network
Residual Network | =ResNet
ResNet-18
ResNet-34
ResNet-50
ResNet-101
ResNet-152
Wide ResNet | =WRN
ResNeXt
VGG | =VGGNet
VGG-16
VGG-19
AlexNet
GoogLeNet
Inception-v3
MobileNet
MobileNetV2
MobileNetV3
MobileViT
ShuffleNet
SqueezeNet
EfficientNet
EfficientNet-B0
EfficientViT
DenseNet
ConvNeXt
RegNet
Swin Transformer | =Swin
DeiT
U-Net | UNet
3D-UNet | 3D U-Net
YOLO | YOLOv3 | YOLOv5 | YOLOv8
Faster R-CNN
Mask R-CNN
DETR
Segment Anything Model | =SAM
Neural Radiance Field | =NeRF | =NeRFs | neural radiance fields
3D Gaussian Splatting | =3DGS | Gaussian Splatting
PointNet
PointNet++
State Space Model | =SSM | state-space model | structured state space model
Mamba
Vision Mamba | =Vim
Mamba-2
=S4
RWKV
RetNet
Mixture of Experts | =MoE | mixture-of-experts | mixture of expert | =MoEs | sparse mixture of experts | =SMoE
Switch Transformer
Hypernetwork | hyper-network
Liquid Neural Network
Reservoir Computing | echo state network | =ESN
Hopfield Network
Boltzmann Machine | restricted Boltzmann machine | =RBM
Deep Belief Network | =DBN
Extreme Learning Machine | =ELM
Neural Turing Machine
Memory Network
Pointer Network
Seq2Seq | sequence-to-sequence model
Encoder-Decoder | encoder-decoder architecture | encoder-decoder model
World Model
Reward Model
Dual Encoder | dual-encoder | bi-encoder | two-tower model
Cross-Encoder
Fully Convolutional Network | =FCN
Expectation-Maximization | =EM algorithm | expectation maximization
Alternating Direction Method of Multipliers | =ADMM
L-BFGS | =BFGS | quasi-Newton
Straight-Through Estimator | =STE
Gumbel-Softmax
# --- graph and recommendation models
=SGC | Simple Graph Convolution
=APPNP
=GCNII
ChebNet
DiffPool
=R-GCN | relational graph convolutional network
Heterogeneous Graph Transformer | =HGT
=TransE
RotatE
=SEAL
NBFNet
LightGCN
=NGCF
PinSage
Wide & Deep | Wide and Deep
DeepFM
=DLRM | Deep Learning Recommendation Model
=DIN | Deep Interest Network
SASRec
BERT4Rec
GRU4Rec
# --- named language / vision / speech models
BERT
RoBERTa
DistilBERT
ALBERT
TinyBERT
MobileBERT
DeBERTa
ELECTRA
XLNet
T5 | Flan-T5
BART
GPT | Generative Pre-trained Transformer | generative pretrained transformer
GPT-2
GPT-3
GPT-3.5 | GPT-3.5-turbo | GPT-3.5 Turbo
GPT-4 | GPT4
GPT-4o
ChatGPT
InstructGPT
==Codex
LLaMA | Llama | LLaMA-1
Llama 2 | LLaMA-2 | Llama2 | LLaMA 2
Llama 2-Chat | Llama-2-Chat | LLaMA-2-Chat
Llama 3 | LLaMA-3 | Llama3 | Llama 3.1 | Llama 3.2
Code Llama | CodeLlama
Vicuna
Alpaca-LoRA
Mistral | Mistral 7B
Mixtral | Mixtral 8x7B
Qwen | Qwen2 | Qwen2.5 | Qwen3
Qwen-VL
DeepSeek | DeepSeek-V2 | DeepSeek-V3 | DeepSeek-R1
Gemma | Gemma 2
==Gemini
==Claude
PaLM | PaLM 2
==OPT
==BLOOM
==Falcon
GPT-J
GPT-NeoX
Pythia
Phi-2 | Phi-3
OLMo
StarCoder
==Chinchilla
==Gopher
LaMDA
==CLIP
BLIP | BLIP-2
LLaVA
==Flamingo
DALL-E | DALL-E 2 | DALL·E
==Imagen
Midjourney
Sora
DINO | DINOv2
MoCo
SimCLR
BYOL
==Whisper
wav2vec 2.0 | wav2vec | wav2vec2
HuBERT
==Conformer
WaveNet
Tacotron | Tacotron 2
FastSpeech | FastSpeech 2
AlphaFold | AlphaFold2
AlphaGo | AlphaZero
MuZero
Word2Vec | word2vec
==GloVe
node2vec
DeepWalk
FastText
ELMo
Longformer
BigBird
Reformer
Linformer
==Performer
Transformer-XL
==Hyena
Jamba
==UL2
ChatGLM | =GLM
Baichuan
InternLM
MiniCPM
StableLM
==Zephyr
WizardLM
CodeGen
InternVL
MiniGPT-4
InstructBLIP
==BEiT
Mask2Former
SegFormer
DeepLab | DeepLabv3 | DeepLabv3+
PSPNet
RetinaNet
CenterNet
Cascade R-CNN
ControlNet
DreamBooth
Textual Inversion
InstructPix2Pix
=U-ViT
Latent Consistency Model | =LCM
PixArt-α | PixArt-alpha | PixArt
AnimateDiff
Stable Video Diffusion
=VQGAN
=StyleGAN | StyleGAN2 | StyleGAN3
=CycleGAN
=Pix2Pix
=DDPM++
# --- algorithms with proper names
Adam | Adam optimizer
AdamW
=LoRA | Low-Rank Adaptation | low-rank adaptation
QLoRA
Proximal Policy Optimization | =PPO
Deep Q-Network | =DQN
Soft Actor-Critic | =SAC
Deep Deterministic Policy Gradient | =DDPG
Direct Preference Optimization | =DPO
Group Relative Policy Optimization | =GRPO
Federated Averaging | FedAvg
FedProx
DARTS | differentiable architecture search
ENAS | efficient neural architecture search
ProxylessNAS
Once-for-All | =OFA
XGBoost
LightGBM
Random Forest | random forests
Support Vector Machine | =SVM
Gaussian Process | Gaussian processes
Gaussian Mixture Model | =GMM
Hidden Markov Model | =HMM
Conditional Random Field | =CRF
k-Nearest Neighbors | =kNN | =KNN | k-nearest neighbor | k nearest neighbors
K-means | k-means clustering
Logistic Regression
Naive Bayes | Bayes classifier | Bayes classification | naive Bayes classifier
Linear Regression
Decision Tree | decision trees
Kalman Filter
Extended Kalman Filter | =EKF
# named search and evolutionary algorithms (the guidelines' "algorithm"; labellers mark GA, EA, SA as method)
Evolutionary Algorithm | evolutionary algorithms | evolutionary computation | evolutionary search
Genetic Algorithm | =GA | genetic algorithms
Genetic Programming
Differential Evolution
Simulated Annealing
Monte Carlo Tree Search | =MCTS
Particle Filter
PageRank
Dijkstra's Algorithm
Louvain | Louvain algorithm
Label Propagation
Spectral Clustering
Frank-Wolfe
==Lasso
CMA-ES
NSGA-II
Particle Swarm Optimization | =PSO
Ant Colony Optimization | =ACO
==Paxos | Multi-Paxos
==Raft
=PBFT | Practical Byzantine Fault Tolerance
==Chord
==Kademlia
BitTorrent
Two-Phase Commit | =2PC | two-phase commit protocol
# --- systems, libraries, frameworks
Message Passing Interface | =MPI
CUDA-aware MPI
CUDA
cuDNN
cuBLAS
cuSPARSE
CUTLASS
NCCL
OpenMP
OpenCL
OpenACC
==SYCL
==Kokkos
==HIP | ROCm
Horovod
PyTorch
TensorFlow
==JAX
==Keras
==MXNet
ONNX | ONNX Runtime
==TVM | Apache TVM
MLIR
XLA
Halide
==Triton
TensorRT
TensorRT-LLM
FasterTransformer
DeepSpeed
DeepSpeed-Inference
Megatron-LM | =Megatron
Zero Redundancy Optimizer | =ZeRO | =ZeRO-Infinity | =ZeRO-Offload
Fully Sharded Data Parallel | =FSDP
GPipe
PipeDream
vLLM
SGLang
llama.cpp
==Orca
DistServe
Splitwise
Sarathi-Serve | Sarathi
FlexGen
PowerInfer
FlashAttention | Flash Attention | FlashAttention-2 | FlashAttention-3
PagedAttention | paged attention
==Medusa
==EAGLE
SpecInfer
Hugging Face Transformers
PyTorch Geometric | =PyG
Deep Graph Library | =DGL
PaGraph
==Ray
==Apache Spark | =Spark
Hadoop
MapReduce
Kubernetes | K8s
Docker
Slurm
=HDFS | Hadoop Distributed File System
==Cassandra
MongoDB
==Redis
Memcached
MySQL
PostgreSQL
RocksDB
LevelDB
Apache Kafka | =Kafka
Apache Flink | =Flink
ZooKeeper
==etcd
==Ceph
==Lustre
OpenStack
==QEMU
==KVM
==Xen
VMware
=DPDK | Data Plane Development Kit
=eBPF
=SPDK
Text Generation Inference | =TGI
LightLLM
DeepSpeed-MII
Llumnix
Mooncake
AlpaServe
==Clipper
Clockwork
Triton Inference Server
==Alpa
Colossal-AI
==Pathways
Mesh-TensorFlow
GShard
FasterMoE
==Tutel
DeepSpeed-MoE
MegaBlocks
Varuna
Oobleck
Lookahead Decoding
==gem5
==Verilator
==Chisel
LLVM
==GCC
TinyML
TensorFlow Lite | TFLite
Core ML
NNI
AutoKeras
scikit-learn | sklearn
NetworkX
GraphX
==Pregel
PowerGraph
Ligra
GraphChi
Gunrock
==Galois
LAMMPS
GROMACS
# --- network standards and programming languages (eval/README.md rulings 1 and 4)
==4G
==5G | 5G NR | =5G-NR
==6G
Long Term Evolution | =LTE | =LTE-A | LTE-Advanced
=Python
=SQL | Structured Query Language
MATLAB | =Matlab
=Java
`;
