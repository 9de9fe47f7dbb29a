/**
 * Lexicon: datasets
 * =================
 * Named datasets, benchmarks, workload traces and challenges (eval README: "dataset"). ImageNet
 * has the alias ImageNet-1K; ImageNet-21K is a separate dataset. Format as in `methods.ts`. Data file.
 */
export const DATASETS = `
# --- vision
ImageNet | ImageNet-1K | ImageNet-1k | ImageNet 1K | =ILSVRC | ILSVRC-2012 | ILSVRC2012 | ImageNet ILSVRC
ImageNet-21K | ImageNet-22K
ImageNet-C
Tiny ImageNet | Tiny-ImageNet
CIFAR-10 | CIFAR10
CIFAR-100 | CIFAR100
=MNIST
Fashion-MNIST | FashionMNIST
=SVHN
MS COCO | =COCO | MSCOCO | COCO dataset
Pascal VOC | PASCAL VOC | VOC2012 | VOC2007
Cityscapes
ADE20K
=KITTI
nuScenes
Waymo Open Dataset | Waymo Open
ShapeNet
ModelNet40 | ModelNet
ScanNet
Objaverse
LAION-5B | LAION-400M | =LAION
=CC3M | =CC12M | Conceptual Captions
WebVid-10M | WebVid
MSR-VTT | MSRVTT
UCF-101 | UCF101
Kinetics-400 | Kinetics-600 | Kinetics
HMDB-51 | HMDB51
Something-Something V2 | Something-Something | SSv2
=DAVIS
CelebA | CelebA-HQ
=FFHQ
=LSUN
Places365
Flickr30k | Flickr30K
Visual Genome
VQAv2 | VQA v2
TextVQA
ScienceQA
MMMU
MME
SEED-Bench
MVBench
EPIC-Kitchens
Ego4D
HumanML3D
Open Images
CUB-200 | CUB-200-2011
Stanford Cars
Oxford Flowers | Flowers102
DomainNet
Office-31 | Office-Home
=LPCVC | Low-Power Computer Vision Challenge
# --- language
=MMLU | Massive Multitask Language Understanding
GSM8K | GSM-8K
=MATH dataset
HumanEval | Human-Eval
=MBPP
BIG-Bench | BIG-bench Hard | =BBH
HellaSwag
WinoGrande
=PIQA
BoolQ
TruthfulQA
=ARC-Challenge | ARC-Easy | AI2 Reasoning Challenge
OpenBookQA
CommonsenseQA
=SQuAD | SQuAD 2.0 | SQuAD v1.1
=GLUE
SuperGLUE
WikiText-103 | WikiText-2 | WikiText | Wikitext
Penn Treebank | =PTB
=C4 | Colossal Clean Crawled Corpus
The Pile
RedPajama
SlimPajama
FineWeb
=Alpaca | Alpaca dataset
ShareGPT
LMSYS-Chat-1M
MT-Bench
AlpacaEval
Chatbot Arena
LongBench
Natural Questions
TriviaQA
HotpotQA
MS MARCO | MSMARCO
=BEIR
=WMT | WMT14 | WMT'14 | WMT16 | WMT'16 | WMT14 En-De | WMT'14 En-De | WMT 2014
=IWSLT | IWSLT14 | IWSLT'14
=CNN/DailyMail | CNN/DM
=XSum
=SWE-bench
=LiveCodeBench
=AIME
=MATH-500
=GPQA
=IFEval
# --- speech and audio
LibriSpeech
Common Voice
=VCTK
=WSJ0 | WSJ0-2mix
VoiceBank-DEMAND | VoiceBank+DEMAND | =VB-DMD
=TIMIT
AudioSet
ESC-50
=CHiME | CHiME-4
# --- graphs, molecules, science
Open Graph Benchmark | =OGB
ogbn-products
ogbn-arxiv
ogbn-papers100M
ogbn-proteins
ogbn-mag
ogbl-collab
ogbl-ddi
ogbl-citation2
ogbl-ppa
ogbg-molhiv
==Cora
==Citeseer | CiteSeer
==PubMed
==Reddit dataset
==PPI
=QM9
==ZINC
MoleculeNet
TUDataset
Long Range Graph Benchmark | =LRGB
=USPTO | USPTO-50K | USPTO-50k | USPTO-MIT | USPTO-FULL
PDBbind
=CASP | CASP14
=TCGA | The Cancer Genome Atlas
Camelyon16 | CAMELYON16 | Camelyon17
MIMIC-III | MIMIC-IV | =MIMIC
=UK Biobank
# --- NAS, systems and workloads
NAS-Bench-101
NAS-Bench-201
NAS-Bench-301
NATS-Bench
HW-NAS-Bench
=MLPerf | MLPerf Training | MLPerf Inference
SPEC CPU2017 | SPEC CPU2006 | =SPEC CPU
=PARSEC
Rodinia
Graph500
=TPC-H | =TPC-C | =TPC-DS
=YCSB
Azure LLM Inference Trace | Azure Functions trace
Alibaba Cluster Trace | Alibaba trace
Google Cluster Trace | Borg trace
=CAIDA
=SNAP
SuiteSparse | SuiteSparse Matrix Collection | SuiteSparse collection
=LiveJournal
Twitter-2010
Friendster
# --- recommendation and retrieval
MovieLens | MovieLens-1M | MovieLens-20M | ML-1M
Netflix Prize
=Yelp dataset | Yelp2018
Amazon-Book
=Criteo | Criteo Kaggle
=Avazu
=Last.fm
# --- RL, robotics and driving
=D4RL
Atari | Atari 2600 | Arcade Learning Environment
=MuJoCo
OpenAI Gym
=CARLA
=Habitat
nuPlan
Argoverse
RoboSuite
Meta-World
CALVIN
Open X-Embodiment
# --- time series
=ETTh1 | =ETTh2 | =ETTm1 | =ETTm2 | ETT dataset
Electricity dataset
=PEMS | PEMS-BAY | PEMS04 | PEMS08
METR-LA
`;
