/**
 * Lexicon: robotics, neural and evolutionary computing (cs.RO, cs.NE)
 * ===================================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun, frequent names; the evaluation samples' papers left out) and reviewed line by
 * line against the labelling guidelines (../shared/eval/README.md, eval/README.md rulings). A
 * trailing `# N` is the number of corpus papers that named the term when it was reviewed. Format
 * as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const ROBOTICS: FieldLexicon = {
  method: `
# --- robot software, simulators and libraries
Robot Operating System | =ROS | =ROS2 # 63
==Gazebo | Gazebo simulator # 33
Simulink # 24
Open Motion Planning Library | =OMPL # 6
Unreal Engine # 7
OpenCV # 8
NetLogo # 6
Theano # 7
MAVLink # 5
# --- planning, estimation and perception algorithms
Rapidly-exploring Random Tree | =RRT | =RRTs | rapidly exploring random tree # 24
Probabilistic Roadmap | probabilistic road map # 9
Unscented Kalman Filter | =UKF # 20
Rao-Blackwellized Particle Filter # 8
Monte Carlo Localization # 7
Iterative Closest Point | =ICP # 18
Random Sample Consensus | =RANSAC # 7
Guided Policy Search # 18
=DAgger # 8
Hindsight Experience Replay #7
Deep Q-Network | deep Q-learning # 31
Q-Learning | Q-learning algorithm # 23
Central Pattern Generator | =CPG | =CPGs # 13
Dynamic Movement Primitive | =DMP | =DMPs # 8
Riemannian Motion Policy | =RMP | =RMPs # 5
Model Predictive Path Integral | =MPPI # 5
Value Iteration Network # 5
Region Proposal Network | =RPN # 7
SeqSLAM # 7
NetVLAD # 7
# --- neural models
Self-Organizing Map | =SOM | =SOMs | self-organising map | Kohonen map | Kohonen network # 47
Hopfield Network | Hopfield neural network # 14
Liquid State Machine # 7
Deep Boltzmann Machine | =DBM # 9
Denoising Autoencoder | denoising auto-encoder # 26
Stacked Denoising Autoencoder # 8
Stacked Autoencoder # 10
Convolutional Autoencoder | convolutional auto-encoder # 11
Feedforward Neural Network | =FNN | =FFNN | feed-forward neural network | feedforward network | feed-forward network | feed forward neural network # 62
Probabilistic Neural Network | =PNN # 9
General Regression Neural Network | =GRNN # 6
Radial Basis Function Network | RBF network | radial basis function neural network | RBF neural network # 6
Differentiable Neural Computer | =DNC # 6
Quasi-Recurrent Neural Network | =QRNN # 5
Highway Network # 11
Sum-Product Network # 7
Hierarchical Temporal Memory # 19
Associative Memory | associative memory network # 43
Fuzzy C-Means # 12
# --- evolutionary and swarm algorithms
Artificial Immune System | =AIS # 36
Dendritic Cell Algorithm # 16
Learning Classifier System # 11
Estimation of Distribution Algorithm | estimation of distribution algorithms # 34
Univariate Marginal Distribution Algorithm | =UMDA # 11
Compact Genetic Algorithm | =cGA # 13
Hierarchical Bayesian Optimization Algorithm | =hBOA # 10
Multi-Objective Evolutionary Algorithm | =MOEA | =MOEAs | multiobjective evolutionary algorithm # 28
=MOEA/D | multi-objective evolutionary algorithm based on decomposition # 5
Evolution Strategy | evolution strategies | evolutionary strategy | evolutionary strategies # 47
Evolutionary Programming # 14
Memetic Algorithm # 31
Multi-Objective Genetic Algorithm # 15
Parallel Genetic Algorithm # 17
Cartesian Genetic Programming | =CGP # 12
Geometric Semantic Genetic Programming | =GSGP # 6
Grammatical Evolution #5
NeuroEvolution of Augmenting Topologies | =NEAT | neuro evolution of augmenting topologies # 6
=MAP-Elites # 14
Novelty Search # 18
Artificial Bee Colony | =ABC # 25
Firefly Algorithm # 16
Cuckoo Search # 12
Bat Algorithm # 10
Salp Swarm Algorithm # 11
Whale Optimization Algorithm # 5
Harmony Search # 7
Chemical Reaction Optimization | =CRO # 9
Biogeography-Based Optimization # 5
Ant Colony System # 10
Multi-Objective Particle Swarm Optimization | =MOPSO # 13
Tabu Search # 17
Nelder-Mead | Nelder-Mead simplex # 8
Levenberg-Marquardt | Levenberg-Marquardt algorithm # 14
Gauss-Newton | Gauss-Newton method # 14
Population Based Training | population-based training | =PBT # 6
Cross-Entropy Method | =CEM # 6
`,
  dataset: `
# --- robotics benchmarks and challenges
==RoboCup # 58
Amazon Picking Challenge # 10
Mohamed Bin Zayed International Robotics Challenge | =MBZIRC # 5
=EuRoC | EuRoC MAV dataset # 9
Oxford RobotCar | RobotCar # 7
NYU Depth V2 | =NYUv2 # 6
=YCB-Video # 5
Room-to-Room | =R2R # 8
KITTI Odometry | KITTI odometry benchmark | KITTI odometry dataset # 7
TUM RGB-D | TUM dataset # 5
# --- NE benchmarks
=OneMax # 47
=LeadingOnes # 19
=BinVal # 5
Royal Road Function | royal road #8
Rastrigin Function | Rastrigin # 5
Mackey-Glass | Mackey-Glass time series # 6
CEC Benchmark | CEC benchmark suite # 6
Omniglot # 10
==Switchboard | Switchboard corpus # 10
Children's Book Test # 9
UCI Machine Learning Repository | UCI repository #9
# --- data modalities
Depth Image | depth images | depth map # 50
RGB-D Image | RGB-D images | RGB-D data # 26
`,
  hardware: `
# --- sensors
Inertial Measurement Unit | =IMU | =IMUs # 61
==Kinect | Microsoft Kinect # 28
Velodyne # 16
==Vicon | Vicon motion capture # 6
GelSight # 12
TacTip # 5
HoloLens # 5
Laser Range Finder | laser rangefinder # 9
Dynamic Vision Sensor # 11
Haptic Device # 13
Head-Mounted Display | =HMD # 7
# --- vehicles
Micro Aerial Vehicle | =MAV | =MAVs | micro air vehicle # 58
Autonomous Vehicle | autonomous vehicles | self-driving car | self-driving vehicle # 47
Autonomous Underwater Vehicle | =AUV | =AUVs # 29
Unmanned Ground Vehicle | =UGV | =UGVs # 25
Unmanned Surface Vehicle | =USV | =USVs # 8
Autonomous Surface Vehicle # 12
Unmanned Aerial System | =UAS # 12
Connected and Automated Vehicle | =CAV | =CAVs | connected and autonomous vehicle # 26
Quadrotor | quadrotors | quadcopter #7
# --- robots
Humanoid Robot #24
Mobile Robot #17
==Baxter | Baxter robot # 47
==PR2 | PR2 robot
==iCub | iCub robot
==Pepper robot #17
==Fetch robot #18
==Cassie # 10
=ANYmal # 7
=HyQ # 10
==Valkyrie # 8
==Sawyer | Sawyer robot # 7
Franka Emika Panda | Franka Panda | ==Franka # 6
Kinova Jaco | Kinova # 7
Barrett WAM #7
==Orthoglide # 35
Human Support Robot # 8
Da Vinci Research Kit | =dVRK | da Vinci surgical system | da Vinci robot # 6
LEGO Mindstorms #8
Shadow Dexterous Hand #8
==Segway # 6
Series Elastic Actuator # 12
# --- neuromorphic
BrainScaleS # 6
Crossbar Array | crossbar arrays | memristor crossbar array # 17
`,
  task: `
# --- combinatorial and optimisation problems
Traveling Salesman Problem | =TSP | travelling salesman problem | traveling salesperson problem | travelling salesperson problem # 51
Generalized Traveling Salesman Problem | =GTSP # 6
Quadratic Assignment Problem | =QAP # 22
Vehicle Routing Problem | vehicle routing # 28
Job Shop Scheduling | job shop scheduling problem | job-shop scheduling # 6
Bin Packing | bin packing problem # 11
Knapsack Problem # 37
Traveling Thief Problem # 6
Vertex Cover | vertex cover problem # 10
Nurse Scheduling # 11
Black-Box Optimization | blackbox optimization # 32
Dynamic Optimization # 28
Multimodal Optimization # 12
Many-Objective Optimization # 18
Constrained Multi-Objective Optimization | =CMOP | =CMOPs # 8
Global Optimization # 117
Continuous Optimization # 42
Symbolic Regression #7
Feature Selection # 128
Fitness Landscape Analysis # 8
# --- recognition and learning problems
Object Recognition | visual object recognition # 155
Pattern Recognition # 133
Pattern Classification # 22
Image Recognition # 72
Handwritten Digit Recognition | digit recognition | digits recognition # 29
Handwriting Recognition # 18
Gesture Recognition # 27
Emotion Recognition # 19
Phoneme Recognition # 15
Time Series Forecasting | time series prediction | time-series prediction # 28
Time Series Classification # 10
Sequence Labeling | sequence labelling # 18
Dependency Parsing # 9
Natural Language Inference # 12
Natural Language Understanding # 32
Source Separation | blind source separation # 28
Medical Diagnosis # 18
Uncertainty Estimation # 22
# --- estimation, localisation and mapping
State Estimation # 144
Trajectory Estimation # 21
Motion Estimation # 34
Ego-Motion Estimation | egomotion estimation # 18
Visual Odometry # 38
Visual-Inertial Odometry | =VIO # 18
Camera Pose Estimation # 12
Object Pose Estimation # 35
Relative Pose Estimation # 9
Attitude Estimation # 13
Place Recognition # 60
Visual Place Recognition # 28
Loop Closure Detection # 25
Object Localization # 25
Robot Localization # 24
Global Localization # 22
Cooperative Localization # 23
Relative Localization # 10
Vehicle Localization # 17
Sound Source Localization # 11
Source Localization # 22
Semantic Mapping # 34
Structure from Motion | =SfM # 7
Surface Reconstruction # 9
Scene Reconstruction # 11
Camera Calibration # 14
Extrinsic Calibration # 23
Sensor Calibration # 14
Stereo Matching # 20
Depth Estimation | depth prediction # 15
Inertial Navigation # 31
# --- detection and tracking
Obstacle Detection # 29
Moving Object Detection # 11
Pedestrian Detection # 12
Lane Detection # 11
Vehicle Detection # 11
Edge Detection # 18
Change Detection # 19
Novelty Detection # 18
Affordance Detection # 9
Motion Detection # 15
Target Tracking # 55
Multi-Target Tracking # 13
Motion Tracking # 25
Trajectory Tracking # 59
Path Tracking # 21
Vehicle Tracking # 11
# --- planning and navigation
Trajectory Planning # 91
Trajectory Generation # 57
Task Planning # 31
Manipulation Planning # 26
Kinodynamic Planning | kinodynamic motion planning # 11
Multi-Robot Path Planning | multi-robot motion planning # 19
Multi-Agent Path Finding | =MAPF # 13
Informative Path Planning # 18
Coverage Path Planning # 11
Belief Space Planning # 13
Route Planning # 19
Mission Planning # 17
Collision Avoidance #8
Obstacle Avoidance #26
Autonomous Navigation # 100
Indoor Navigation # 19
Vision-Based Navigation # 16
Social Navigation # 9
Vision-and-Language Navigation | =VLN # 8
UAV Navigation # 11
Mobile Robot Navigation # 17
Autonomous Exploration # 23
Planetary Exploration # 15
Formation Control #19
Controller Synthesis | control synthesis # 26
Motion Generation # 20
Gait Generation # 10
Inverse Kinematics # 7
# --- manipulation and interaction
Object Manipulation # 65
Mobile Manipulation # 26
Dexterous Manipulation # 22
In-Hand Manipulation # 21
Non-Prehensile Manipulation | nonprehensile manipulation # 14
Contact-Rich Manipulation # 9
Dual-Arm Manipulation # 9
Aerial Manipulation # 8
Cooperative Manipulation # 9
Grasping | robot grasping | object grasping # 20
Grasp Planning # 28
Grasp Detection | robotic grasp detection # 24
Grasp Synthesis # 9
Human-Robot Interaction | =HRI # 36
Human-Robot Collaboration | =HRC # 12
Learning from Demonstration | =LfD # 15
Search and Rescue # 17
Urban Search and Rescue | =USAR # 6
`,
  technique: `
# --- control
Model Predictive Control | =MPC # 82
Nonlinear Model Predictive Control | =NMPC # 14
PID Controller | =PID | PID control | proportional-integral-derivative | proportional-integral-derivative controller # 21
Linear Quadratic Regulator | =LQR | LQR controller # 8
Linear Quadratic Gaussian | =LQG # 8
Whole-Body Control | whole-body controller # 8
Impedance Control | impedance controller # 12
Fuzzy Logic | fuzzy logic controller # 15
Control Barrier Function # 9
Control Lyapunov Function | =CLF # 5
Zero Moment Point | =ZMP # 9
Divergent Component of Motion # 16
Spring-Loaded Inverted Pendulum | =SLIP # 9
Linear Inverted Pendulum Model | =LIPM | linear inverted pendulum # 5
Denavit-Hartenberg | Denavit-Hartenberg parameters | Denavit-Hartenberg convention # 5
Visual Servoing #5
Behavior Tree | behaviour tree # 17
Finite State Machine | finite-state machine # 28
# --- optimisation and planning techniques
Trajectory Optimization | trajectory optimisation # 137
Sampling-Based Motion Planning | sampling-based planning # 38
Differential Dynamic Programming # 11
Quadratic Programming # 40
Sequential Quadratic Programming # 6
Mixed-Integer Quadratic Programming | =MIQP | mixed integer quadratic program | mixed-integer quadratic program # 6
Quadratically Constrained Quadratic Program | =QCQP # 6
Linear Matrix Inequality | =LMI | =LMIs # 6
Pose Graph Optimization | =PGO # 14
Bundle Adjustment # 20
Local Search # 166
Random Search # 42
Heuristic Search # 27
Grid Search # 15
Graph Search # 35
Branch-and-Bound | branch and bound # 8
Gradient-Based Optimization # 28
Derivative-Free Optimization # 16
Drift Analysis # 16
Fitness Landscape #8
Pareto Front | Pareto frontier #173
Pareto Optimality | Pareto optimal #173
Surrogate Model | surrogate modeling | surrogate modelling # 8
Tournament Selection # 19
Crossover Operator | crossover operators # 27
Mutation Operator | mutation operators # 33
Genetic Operator | genetic operators # 30
Baldwin Effect #12
Reality Gap #48
# --- estimation and perception
Sensor Fusion | multi-sensor fusion # 70
Configuration Space | =C-space | =C-spaces
Motion Capture | =MoCap | motion capture system
Feature Matching # 29
Template Matching # 14
Bag-of-Words | =BoW # 12
Dynamic Time Warping | =DTW # 21
Independent Component Analysis # 17
Linear Discriminant Analysis # 12
Electroencephalography | =EEG | electroencephalogram # 37
Electromyography | =EMG # 7
Dempster-Shafer Theory | Dempster-Shafer # 21
Rough Set Theory # 7
Active Inference # 11
# --- decision making and learning
Partially Observable Markov Decision Process | =POMDP | =POMDPs # 54
Linear Temporal Logic | =LTL # 31
Signal Temporal Logic # 14
Reachability Analysis # 18
Model-Based Reinforcement Learning | =MBRL | model-based RL # 49
Model-Free Reinforcement Learning | model-free RL # 41
Hierarchical Reinforcement Learning # 24
Policy Search # 66
Policy Optimization # 52
Actor-Critic | actor-critic algorithm # 16
Upper Confidence Bound | =UCB # 8
One-Shot Learning # 20
Dictionary Learning # 20
Manifold Learning # 16
Competitive Learning # 10
Function Approximation # 53
Universal Approximation | universal approximation theorem # 24
Weight Initialization # 14
Feedback Alignment # 12
Layer-wise Relevance Propagation | =LRP # 12
Connectionist Temporal Classification | =CTC # 20
Neural Tangent Kernel | =NTK # 10
Radial Basis Function | =RBF # 24
# --- neuron models
Leaky Integrate-and-Fire | =LIF | leaky integrate-and-fire neuron # 17
Integrate-and-Fire | integrate-and-fire neuron # 5
Izhikevich Model | Izhikevich neuron | Izhikevich neuron model #9
Hodgkin-Huxley Model | Hodgkin-Huxley # 6
Winner-Take-All | =WTA | winner-takes-all # 15
Synaptic Plasticity #27
`,
  metric: `
Tracking Error # 39
Position Error # 23
Reprojection Error # 10
Absolute Trajectory Error | trajectory error # 6
Grasp Success Rate # 16
Success Weighted by Path Length | =SPL # 5
Frame Rate | frames per second # 31
Sample Efficiency # 66
Expected Runtime # 14
Recognition Rate # 15
Test Error # 32
Training Error # 17
Generalization Error # 20
Reconstruction Error # 24
Approximation Error # 31
Hypervolume | hypervolume indicator # 5
Earth Mover's Distance # 7
Maximum Mean Discrepancy | =MMD # 11
`,
};
