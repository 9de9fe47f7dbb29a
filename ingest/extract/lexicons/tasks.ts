/**
 * Lexicon: tasks
 * ==============
 * Research problems a paper solves (eval README: "task"). NAS and quantization are always tasks,
 * as are federated and multi-task learning. Format as in `methods.ts`. Data file.
 */
export const TASKS = `
# --- graphs
Link Prediction
Node Classification
Graph Classification
Graph Regression
Graph Generation
Graph Reconstruction
Graph Representation Learning | graph representation
Node Representation Learning
Representation Learning
Community Detection
Graph Partitioning
Graph Matching
Graph Anomaly Detection
Knowledge Graph Completion | =KGC
Knowledge Graph Embedding
Graph Processing | graph analytics
Graph Mining | subgraph mining | frequent subgraph mining
Subgraph Matching | subgraph isomorphism
Graph Clustering
Molecular Property Prediction | molecular property
Molecule Generation | molecular generation
Retrosynthesis | retrosynthesis prediction
Reaction Prediction
Protein Structure Prediction
Drug Discovery
Molecular Dynamics | molecular dynamics simulation | molecular dynamics simulations
Materials Discovery
Social Network Analysis
# --- vision
Image Classification
Object Detection
3D Object Detection
Semantic Segmentation
Instance Segmentation
Panoptic Segmentation
Image Segmentation
Medical Image Segmentation
Video Object Segmentation
Pose Estimation | human pose estimation
Depth Estimation | monocular depth estimation
Optical Flow Estimation | optical flow
Object Tracking | visual tracking | multi-object tracking
Action Recognition
Activity Recognition | human activity recognition | =HAR
Face Recognition
Person Re-identification | =ReID | person re-id
Image Retrieval
Image Generation | image synthesis
Text-to-Image Generation | text-to-image | text-to-image synthesis | =T2I
Video Generation | video synthesis
Text-to-Video Generation | text-to-video | =T2V
Image-to-Video Generation | image-to-video | =I2V
3D Generation | 3D content generation
Text-to-3D Generation | text-to-3D | text to 3D generation | text-to-3D synthesis
Image Editing
Image Restoration
Image Inpainting
Super-Resolution | image super-resolution
Image Denoising
Image Captioning
Visual Question Answering | =VQA
Video Question Answering | =VideoQA
Visual Grounding
Image-Text Retrieval | image-text matching | cross-modal retrieval
Novel View Synthesis
3D Reconstruction
Scene Understanding
Video Understanding
Style Transfer
Image-to-Image Translation | image-to-image | =I2I
Video Prediction
Trajectory Prediction | trajectory forecasting
Motion Prediction
Point Cloud Classification
Point Cloud Segmentation
Autonomous Driving | self-driving
Visual Localization
Optical Character Recognition | =OCR
Image Compression
Video Compression
Video Analytics
Video Streaming
# --- language and speech
Machine Translation | neural machine translation | =NMT
Language Modeling | language modelling
Text Classification
Sentiment Analysis
Named Entity Recognition | =NER
Relation Extraction
Question Answering | =QA
Open-Domain Question Answering
Reading Comprehension | machine reading comprehension
Summarization | text summarization
Text Generation
Code Generation
Program Synthesis
Mathematical Reasoning | math reasoning
Commonsense Reasoning
Dialogue Generation | dialogue system
Instruction Following
Text-to-SQL
Semantic Parsing
Information Extraction
Entity Linking
Speech Recognition | automatic speech recognition | =ASR
Speech Synthesis | text-to-speech | =TTS
Speech Enhancement
Speech Separation
Dereverberation | speech dereverberation
Speaker Verification | speaker recognition
Keyword Spotting
Speech Translation
Music Generation
Audio Generation
Cross-Task Generalization
# --- learning settings that are problems in their own right
Neural Architecture Search | =NAS | architecture search | neural architecture search
Hyperparameter Optimization | hyper-parameter optimization | hyperparameter tuning | =HPO
AutoML | automated machine learning
Quantization | model quantization | network quantization | weight quantization
Post-Training Quantization | =PTQ | post training quantization
Quantization-Aware Training | =QAT
Model Compression | network compression | =DNN compression
Federated Learning | =FL | federated training
Multi-task Learning | =MTL | multi-task learning | multitask learning
Continual Learning | lifelong learning | incremental learning
Domain Adaptation | unsupervised domain adaptation
Domain Generalization
Few-Shot Learning | few-shot classification
Zero-Shot Learning
Out-of-Distribution Detection | =OOD detection | out-of-distribution generalization
Anomaly Detection | outlier detection
Time Series Forecasting | time-series forecasting
Traffic Forecasting | traffic prediction
Weather Forecasting
Survival Prediction | survival analysis
Recommendation | recommender system | recommendation system | recommender systems
Sequential Recommendation
Click-Through Rate Prediction | =CTR prediction | click-through rate prediction
Information Retrieval
Document Retrieval | passage retrieval
Learning to Rank | learn-to-rank | =LTR
Document Ranking | passage ranking | re-ranking | reranking | document re-ranking
Passage Retrieval | passage search
Digital Pathology | computational pathology
Medical Image Analysis
Generative Modeling | generative modelling
Density Estimation
Combinatorial Optimization
Program Repair | automated program repair
Vulnerability Detection
Malware Detection
Intrusion Detection | network intrusion detection
Fraud Detection
Traffic Classification
# --- systems problems
Distributed Training | large-scale distributed training | distributed deep learning | distributed DNN training
LLM Training | large model training | LLM pre-training | LLM pretraining
LLM Inference | large model inference | LLM inference
LLM Serving | LLM serving systems | LLM serving system | large language model serving
Model Serving | inference serving | DNN serving
DNN Training | deep learning training | DL training
DNN Inference | deep learning inference | DL inference
GNN Training | GNN training
GNN Inference
MoE Training
MoE Inference
Transformer Inference
Edge Inference | on-device inference
Collaborative Inference
Distributed Inference
Design Space Exploration | =DSE
Logic Synthesis
High-Level Synthesis | =HLS
Placement and Routing | place and route
Timing Analysis | static timing analysis
Hardware Design Verification | hardware verification
Job Scheduling | cluster scheduling
Task Scheduling
Resource Allocation | resource management
Congestion Control
Traffic Engineering
Packet Classification
Network Measurement
Cache Replacement
Sparse Matrix-Vector Multiplication | =SpMV
Sparse Matrix-Matrix Multiplication | =SpMM | =SpGEMM
Matrix Multiplication | =GEMM | general matrix multiplication
Stencil Computation
Halo Exchange
Code Optimization
Compiler Optimization
Auto-tuning | autotuning
Simultaneous Localization and Mapping | =SLAM
Motion Planning
Path Planning
Robot Navigation | visual navigation
Robotic Manipulation | robot manipulation
Grasping | robotic grasping
Sim-to-Real Transfer | sim-to-real
Hardware Trojan Detection
Fault Diagnosis
Wireless Sensing
Channel Estimation
Spectrum Sensing
Multi-Objective Optimization | multiobjective optimization
Localization | indoor localization
# --- application domains (eval/README.md ruling 3)
Internet of Things | =IoT | internet-of-things
`;
