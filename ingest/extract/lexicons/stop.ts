/**
 * Stop-lists
 * ==========
 * STOP_TERMS: spans the lexicon pass consumes and never reports, so that no rule finds a concept
 * inside them ("state-of-the-art (SOTA)", "deep learning", "neural networks"): the eval README
 * leaves vague words unannotated. STOP_NAMES: name-shaped words that are not concepts (field
 * names, organisations, venues, file formats), checked by the name and acronym rules. Data file.
 */
export const STOP_TERMS = `
state of the art | =SOTA | state-of-the-art | SoTA | state-of-the-arts
deep learning | =DL | deep-learning
machine learning | =ML | machine-learning
artificial intelligence | =AI | generative AI | =GenAI
neural network | neural networks | artificial neural network | =ANN | =ANNs | neural net | neural nets
deep neural architecture | neural architecture | neural architectures
deep model | deep models | deep learning model | deep learning models
natural language processing | =NLP
computer vision | =CV
end-to-end | end to end | =E2E
open source | open-source
real world | real-world
large scale | large-scale
ground truth | ground-truth
proof of concept
trade-off | trade-offs | tradeoff | tradeoffs
case study
user study
future work
related work
this paper | this work
key-value | =KV | key value
non-deterministic polynomial-time hard | =NP-hard | =NP-complete | =NP-hardness | non-deterministic polynomial time
information technology | =IT | information and communication technology | =ICT
high energy physics | =HEP | large hadron collider | =LHC
operating system | operating systems
wide area network | wide-area network | =WAN | local area network | =LAN
big data | big data analytics
amazon web services | =AWS | microsoft azure | google cloud platform | =GCP
application programming interface | =API
graphical user interface | =GUI
independent and identically distributed | =IID | i.i.d | =non-IID | non-i.i.d | non-independent and identically distributed
source code | our code
# generic classes, roles and field names that name no specific concept (issue 16: corpus review)
natural language | natural languages
distributed computing | parallel computing | wireless communication | wireless communications
neural network architecture | neural network architectures
mobile node | mobile nodes | wireless device | wireless devices | mobile user | mobile users
network operator | network operators | mobile network operator | mobile network operators
internet service provider | internet service providers | infrastructure provider | infrastructure providers | content provider | content providers
user interface | user interfaces | virtual environment | virtual environments
open-source software | random variable | random variables | radio frequency | radio frequencies
key performance indicator | key performance indicators | commercial off-the-shelf | commercial-off the-shelf
working group | federal communications commission | joint optimization | direct communication
next generation network | next generation networks | next generation wireless network | next generation wireless networks
next generation cellular network | next generation cellular networks | high-speed network | high-speed networks
large scale distributed system | large scale distributed systems | virtual network | virtual networks
bounding box | bounding boxes
`;

/** Upper-cased; compared with the word as written, upper-cased. */
export const STOP_NAMES = new Set(
  `SOTA AI ML DL NLP CV API APIs URL URLs PDF HTML JSON XML CSV TL DR TLDR OK II III IV VI VII VIII IX
  NVIDIA AMD INTEL GOOGLE META MICROSOFT OPENAI AMAZON ALIBABA BYTEDANCE TENCENT BAIDU HUAWEI APPLE IBM QUALCOMM
  SAMSUNG XILINX ARM INTERNET WEB WEB3 WEB2 PETABYTE EXABYTE TERABYTE GIGABYTE DATA CLOUD BENCHMARK GRAPH NEW DESIGN TALK PUBLIC BRIDGE GRID LOCAL DEEPMIND ANTHROPIC MISTRALAI HUGGINGFACE GITHUB GITLAB ARXIV IEEE ACM NEURIPS ICML ICLR CVPR
  ICCV ECCV AAAI IJCAI ACL EMNLP NAACL KDD WWW SIGMOD VLDB OSDI SOSP NSDI SIGCOMM ISCA MICRO HPCA ASPLOS DAC ICCAD
  MLSYS EUROSYS ATC FAST SC PPOPP USA UK EU US CHINA PHD MSC BSC CEO CTO FAQ PS NB RQ RQS ID IDS QED
  YOUTUBE LINKEDIN JAVASCRIPT TYPESCRIPT TIKTOK WECHAT FACEBOOK TWITTER WIKIPEDIA KAGGLE ZENODO
  HUGGING FACE PHD COVID COVID-19 SARS-COV-2 2D 3D 4D 1D
  3GPP IETF ETSI ITU W3C NIST DARPA NSF NASA CERN ISO IEC ANSI OASIS
  BAYESIAN BAYES MARKOV MARKOVIAN CARLO BOOLEAN GAUSSIAN POISSON NEUMANN ISING BYZANTINE LAGRANGIAN
  LYAPUNOV EUCLIDEAN PARETO NEWTON JACOBI MANHATTAN LORENZ NN CAD
  TODO FIXME GPL MIT BSD CC EG IE ETC VS AKA ASAP FYI PR LOSS NEW BEST FIRST ONE TWO ALL OUR THE AND FOR WITH`
    .split(/\s+/)
    .filter((w) => w !== ""),
);
