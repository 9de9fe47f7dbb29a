/**
 * Lexicon: networking and wireless communication (cs.NI)
 * ======================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun, frequent names; the evaluation samples' papers left out) and reviewed line by
 * line against the labelling guidelines (../shared/eval/README.md, eval/README.md rulings). A
 * trailing `# N` is the number of corpus papers that named the term when it was reviewed. Format
 * as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const NETWORKING: FieldLexicon = {
  method: `
# --- transport, internet and application protocols (ruling 1)
Transmission Control Protocol | =TCP # 39
User Datagram Protocol | =UDP # 6
Hypertext Transfer Protocol | =HTTP # 6
IPv6 | Internet Protocol version 6 # 101
IPv4 | Internet Protocol version 4 # 45
Domain Name System | =DNS # 19
Border Gateway Protocol | =BGP # 18
Session Initiation Protocol | =SIP # 12
Real-time Transport Protocol | =RTP # 7
Stream Control Transmission Protocol | =SCTP # 10
Multi-Protocol Label Switching | =MPLS | multiprotocol label switching # 6
Constrained Application Protocol | =CoAP # 9
Simple Network Management Protocol | =SNMP # 5
Dynamic Adaptive Streaming over HTTP | =DASH | MPEG-DASH # 10
OpenFlow # 80
Named Data Networking | =NDN | named-data networking # 48
Voice over IP | =VoIP # 14
Voice over LTE | =VoLTE # 5
TCP Reno # 13
TCP NewReno | NewReno # 7
Random Early Detection # 19
=CoDel | Controlled Delay # 8
# --- wireless and cellular standards (ruling 1)
Wi-Fi | WiFi | Wifi | IEEE 802.11 # 201
Bluetooth # 86
Bluetooth Low Energy | =BLE # 26
ZigBee # 23
WiMAX # 60
LoRa # 12
LoRaWAN # 35
Narrowband Internet of Things | =NB-IoT # 16
Long Term Evolution | =LTE | long-term evolution # 45
LTE-Advanced | =LTE-A | LTE Advanced # 26
5G | fifth generation | fifth-generation # 138
4G | fourth generation # 20
5G New Radio | 5G NR # 27
Global System for Mobile Communications | =GSM | global system for mobile communication # 11
Universal Mobile Telecommunications System | =UMTS | universal mobile telecommunication system # 8
High Speed Downlink Packet Access | =HSDPA # 5
Dedicated Short-Range Communications | =DSRC | dedicated short range communication # 18
Time-Sensitive Networking | =TSN # 10
# --- routing protocols
Ad hoc On-Demand Distance Vector | =AODV | AODV routing # 39
Dynamic Source Routing | =DSR # 31
Optimized Link State Routing | =OLSR # 19
Destination-Sequenced Distance Vector | =DSDV # 18
Fisheye State Routing | =FSR | fish-eye state routing # 18
Greedy Perimeter Stateless Routing | =GPSR # 10
Temporally Ordered Routing Algorithm | =TORA # 6
Dynamic MANET On-demand | =DYMO # 9
Low Energy Adaptive Clustering Hierarchy | =LEACH # 15
Distributed Energy Efficient Clustering | =DEEC # 8
Routing Protocol for Low-Power and Lossy Networks | =RPL # 7
# --- simulators, operating systems, controllers
Network Simulator 2 | ns-2 | ns-2 simulator # 14
Network Simulator 3 | ns-3 | ns-3 simulator # 9
OMNeT++ | OMNeT # 59
Mininet # 28
Cooja # 8
QualNet # 8
Castalia # 5
MiXiM # 5
Simulation of Urban Mobility | =SUMO # 6
OpenAirInterface | Open Air Interface # 6
TinyOS # 16
Contiki # 18
Android # 93
Linux | Linux kernel # 38
Floodlight # 12
OpenDaylight # 8
Gnutella # 11
# --- algorithms
Hungarian Algorithm # 18
Bellman-Ford Algorithm | Bellman-Ford # 6
Water-Filling Algorithm | water-filling | waterfilling # 10
Q-Learning | Q-learning algorithm # 23
`,
  dataset: `
# --- traces (data modality, core:false in the gold set)
Packet Trace # 15
Traffic Trace | real traffic traces # 39
Mobility Trace | real mobility traces # 25
Network Trace | real network traces # 22
Contact Trace # 5
# --- named datasets
NSL-KDD | NSL-KDD dataset # 6
`,
  hardware: `
# --- radio access equipment
Base Station | base stations # 347
Macro Base Station | =MBS | macro-cell base station # 37
Small Cell Base Station | =SBS | =SCBS | small-cell base station # 48
Femto Base Station | femtocell base station | =FBS # 7
Aerial Base Station | drone base station # 15
Access Point | access points # 151
User Equipment # 142
Remote Radio Head | =RRH # 24
Baseband Unit | =BBU | baseband processing unit # 19
Antenna Array | massive antenna arrays # 33
Intelligent Reflecting Surface | =IRS | reconfigurable intelligent surface # 11
Software-Defined Radio | software defined radio # 40
Universal Software Radio Peripheral | =USRP # 9
Power Amplifier # 10
Analog-to-Digital Converter | =ADC | analog to digital converter # 21
Light-Emitting Diode | =LED | =LEDs # 6
# --- network equipment and nodes
Sensor Node | sensor nodes # 16
Network Switch | network switches # 10
Network Interface Card | =NIC | =NICs # 8
Network Processor # 12
Ternary Content-Addressable Memory | =TCAM # 7
NetFPGA # 5
TelosB # 10
Optical Line Terminal | =OLT # 9
Optical Network Unit | =ONU | =ONUs # 12
Phasor Measurement Unit | =PMU # 6
# --- vehicles and roadside equipment (ruling 5)
Roadside Unit | =RSU | road side unit # 28
On-Board Unit | =OBU # 5
Connected and Automated Vehicle | =CAV | connected and autonomous vehicle # 26
Electric Vehicle # 8
`,
  task: `
# --- radio resource management
Power Allocation # 18
Power Control # 20
Relay Selection # 67
Channel Selection # 34
Channel Assignment # 9
Antenna Selection # 9
Mode Selection # 25
User Association # 26
Cell Selection # 13
Network Selection # 24
Cluster Head Selection # 13
# --- discovery, placement and planning
Route Discovery # 44
Neighbor Discovery | neighbour discovery # 23
Service Discovery # 40
Resource Discovery # 49
Topology Discovery # 22
Network Planning # 32
Cell Planning # 8
Node Placement # 19
Relay Placement # 9
VNF Placement # 19
Service Placement # 17
Content Placement # 43
Cache Placement # 14
Virtual Network Embedding | =VNE # 26
Routing and Wavelength Assignment | =RWA # 7
Traffic Engineering # 24
Computation Offloading # 63
Task Offloading # 33
# --- measurement, prediction, localization, security
Traffic Analysis # 52
Network Anomaly Detection # 14
Misbehavior Detection # 9
Mobility Prediction # 17
Bandwidth Estimation # 15
Device-Free Localization | =DFL # 12
Node Localization | sensor localization # 10
Time Synchronization # 8
Clock Synchronization # 6
# --- application domains and service classes (ruling 3, core:false)
Industrial Internet of Things | =IIoT # 13
Internet of Vehicles | =IoV # 7
Cyber-Physical System | =CPS | cyber physical system # 64
Intelligent Transportation System | =ITS | intelligent transport system # 51
Smart Grid # 15
Smart City # 33
Industry 4.0 # 30
Tactile Internet # 19
Machine-Type Communication | =MTC # 30
Machine-to-Machine Communication | =M2M | machine-to-machine # 51
Enhanced Mobile Broadband | =eMBB # 18
Massive Machine-Type Communication | =mMTC | massive machine type communications # 10
Ultra-Reliable Low-Latency Communication | =URLLC | =uRLLC | ultra-reliable and low-latency communication # 43
`,
  technique: `
# --- the link layer's access scheme (ruling 2); also keeps "Access Control" (security.ts) out of it
Medium Access Control | media access control # 225
# --- network paradigms (ruling 2)
Wireless Sensor Network | =WSN | =WSNs # 879
Sensor Network # 1225
Mobile Ad Hoc Network | =MANET | =MANETs | mobile ad-hoc network # 179
Ad Hoc Network | ad-hoc network | adhoc network # 418
Vehicular Ad Hoc Network | =VANET | =VANETs | vehicular ad-hoc network # 102
Vehicular Network | vehicular networking # 122
Wireless Mesh Network | =WMN | =WMNs # 98
Mesh Network # 119
Delay-Tolerant Network | =DTN | =DTNs | delay tolerant networking | disruption-tolerant network # 53
Opportunistic Network | opportunistic networking # 36
Cognitive Radio # 100
Cognitive Radio Network | =CRN | =CRNs # 199
Heterogeneous Network | =HetNet | =HetNets | heterogeneous cellular network | =HCN # 217
Small Cell Network | =SCN | small cell # 32
Femtocell | femtocell network # 27
Ultra-Dense Network | =UDN | =UDNs | ultra dense network # 27
Cellular Network # 655
Radio Access Network | =RAN # 126
Cloud Radio Access Network | =C-RAN | =CRAN | Cloud-RAN # 43
Fog Radio Access Network | =F-RAN # 11
Core Network # 74
Backhaul | backhaul network | backhaul link # 26
Wireless Local Area Network | =WLAN | =WLANs # 88
Wireless Body Area Network | =WBAN | =WBANs | body area network # 42
Low-Power Wide-Area Network | =LPWAN | =LPWA | low power wide area network # 27
Low-Power and Lossy Network | =LLN | low power and lossy network # 9
Passive Optical Network | =PON | =PONs # 23
Elastic Optical Network | =EON # 10
Optical Network # 94
Data Center Network | =DCN | datacenter network # 51
Overlay Network # 75
Content Delivery Network | =CDN | =CDNs | content distribution network # 50
Information-Centric Networking | =ICN | information-centric network # 73
Content-Centric Networking | =CCN # 30
Satellite Network # 16
Networked Control System | =NCS # 19
Self-Organizing Network | =SON # 19
Wireless Powered Communication Network | =WPCN # 12
Mobile Cloud Computing | =MCC # 26
Virtual Network Function | =VNF | =VNFs # 75
Service Function Chaining | =SFC | service function chain # 32
Network Slicing # 11
Device-to-Device Communication | =D2D | device-to-device # 195
Vehicle-to-Vehicle Communication | =V2V | vehicle-to-vehicle # 55
Vehicle-to-Infrastructure Communication | =V2I | vehicle-to-infrastructure # 21
Vehicle-to-Everything Communication | =V2X | vehicle-to-everything # 13
Complex Network # 180
Scale-Free Network # 52
Small-World Network # 13
Erdős-Rényi Graph | Erdős-Rényi network | Erdos-Renyi graph # 10
Random Geometric Graph | =RGG # 5
Mobile Agent # 44
# --- multiple access, modulation, duplexing (ruling 2)
Orthogonal Frequency Division Multiplexing | =OFDM # 44
Orthogonal Frequency Division Multiple Access | =OFDMA # 38
Non-Orthogonal Multiple Access | =NOMA # 53
Orthogonal Multiple Access | =OMA # 18
Time Division Multiple Access | =TDMA # 27
Code Division Multiple Access | =CDMA # 6
Frequency Division Multiple Access | =FDMA # 6
Space Division Multiple Access | =SDMA # 8
Carrier Sense Multiple Access | =CSMA # 30
ALOHA # 35
Slotted ALOHA # 20
Wavelength Division Multiplexing | =WDM # 26
Time Division Multiplexing | =TDM # 10
Time Division Duplex | =TDD # 16
Frequency Division Duplex | =FDD # 6
Full-Duplex | full duplex # 67
Half-Duplex | half duplex # 42
Multiple-Input Multiple-Output | =MIMO | multiple input multiple output # 111
Massive MIMO # 26
Multi-User MIMO | =MU-MIMO | multiuser MIMO # 17
Millimeter Wave | =mmWave | millimetre wave # 138
Visible Light Communication | =VLC # 31
Free-Space Optical Communication | =FSO | free space optical # 9
Power Line Communication # 12
Ultra-Wideband | =UWB | ultra wideband # 28
Carrier Aggregation # 63
Coordinated Multipoint | =CoMP | coordinated multi-point # 20
Modulation and Coding Scheme | =MCS # 30
Adaptive Modulation and Coding | =AMC # 11
Listen Before Talk | =LBT # 12
# --- interference, spectrum, relaying, energy
Interference Alignment # 23
Interference Cancellation # 64
Successive Interference Cancellation | =SIC # 41
Self-Interference Cancellation # 19
Inter-Cell Interference Coordination | =ICIC | =eICIC # 7
Interference Management # 7
Co-Channel Interference | =CCI | cochannel interference # 5
Multipacket Reception | =MPR | multi-packet reception # 24
Multi-Radio Multi-Channel | =MRMC | multi-channel multi-radio # 9
Transmission Time Interval | =TTI # 7
Primary User # 107
Secondary User # 118
Fusion Center | fusion centre # 27
Spectrum Sharing # 139
Dynamic Spectrum Access # 22
Frequency Reuse # 45
Fractional Frequency Reuse | =FFR # 11
Spatial Reuse # 62
Cell Range Expansion | =CRE # 11
Decode-and-Forward # 22
Amplify-and-Forward # 17
Energy Harvesting # 27
Wireless Power Transfer | =WPT # 15
Simultaneous Wireless Information and Power Transfer | =SWIPT # 12
Channel State Information | =CSI # 96
Minimum Mean Square Error | =MMSE # 16
# --- channel coding and error control (ruling 2)
Forward Error Correction | =FEC # 39
Automatic Repeat Request | =ARQ # 19
Hybrid Automatic Repeat Request | =HARQ # 14
Network Coding # 35
Random Linear Network Coding | =RLNC # 21
Physical-Layer Network Coding | =PNC # 32
Instantly Decodable Network Coding | =IDNC # 8
Coded Caching # 24
Reed-Solomon Code | Reed-Solomon # 35
Maximum Distance Separable Code | MDS code # 49
Fountain Code # 7
Space-Time Block Code | =STBC # 10
Alamouti Code | Alamouti # 9
Compressive Sensing | compressed sensing # 37
# --- channel and traffic models
Path Loss # 142
Rayleigh Fading | Rayleigh fading channel # 85
Rician Fading | Ricean fading # 15
Nakagami Fading | Nakagami-m fading # 12
Additive White Gaussian Noise | =AWGN # 12
Multipath Propagation # 9
Random Waypoint | =RWP | random waypoint model # 5
Poisson Point Process | =PPP | =HPPP | homogeneous Poisson point process # 107
Poisson Cluster Process | =PCP # 12
Poisson Line Process | =PLP # 9
Stochastic Geometry # 9
Markov Chain # 297
Continuous-Time Markov Chain | =CTMC # 13
Discrete-Time Markov Chain | =DTMC # 8
Markov Process # 31
Semi-Markov Decision Process | =SMDP # 5
Constrained Markov Decision Process | =CMDP # 6
Queueing Network | queuing network # 26
# --- optimisation
Lyapunov Optimization # 44
Network Utility Maximization | =NUM # 20
Successive Convex Approximation | =SCA # 31
Block Coordinate Descent | =BCD # 16
Majorization-Minimization # 17
Dual Decomposition # 35
Alternating Optimization # 20
Mixed-Integer Nonlinear Programming | =MINLP | mixed integer non-linear programming | mixed integer non-linear program | mixed-integer nonlinear program # 24
Nonlinear Programming | non-linear programming # 22
Geometric Programming # 14
Semidefinite Programming | semi-definite programming # 9
Column Generation # 10
Benders Decomposition # 6
Stochastic Approximation # 33
Mean-Field Approximation # 8
# --- game theory and learning
Nash Equilibrium # 180
Stackelberg Game # 48
Coalition Formation Game # 5
Mean-Field Game # 6
Shapley Value # 18
Nash Bargaining Solution # 5
Vickrey-Clarke-Groves Auction | =VCG | Vickrey-Clarke-Groves # 6
Prospect Theory # 9
Multi-Armed Bandit | =MAB | multi-armed bandit problem # 32
Whittle Index # 18
Thompson Sampling # 14
# --- routing and forwarding
Geographic Routing | geographical routing # 42
Opportunistic Routing # 31
Source Routing # 50
Shortest Path Routing # 31
Multipath Routing | multi-path routing # 56
Segment Routing # 14
Epidemic Routing # 10
Link-State Routing # 24
Distance-Vector Routing # 22
Inter-Domain Routing | interdomain routing # 23
Backpressure Routing | back-pressure routing # 13
Energy-Efficient Routing | energy efficient routing # 36
Cluster-Based Routing # 8
Multicast Routing # 29
QoS Routing # 12
Greedy Routing # 27
Compact Routing # 12
Proactive Routing # 14
Reactive Routing # 24
# --- transport, queueing and scheduling
Active Queue Management | =AQM # 31
Explicit Congestion Notification | =ECN # 9
Additive Increase Multiplicative Decrease | =AIMD # 8
Proportional Fairness | proportional fair # 32
Round Robin | round-robin # 11
First-In First-Out | =FIFO | first in first out # 18
First-Come First-Served | =FCFS | first come first serve # 14
Least Recently Used | =LRU # 20
Earliest Deadline First | =EDF # 7
Max-Weight Scheduling | MaxWeight # 11
Processor Sharing # 19
Opportunistic Scheduling # 28
Packet Scheduling # 58
Link Scheduling # 44
Semi-Persistent Scheduling | =SPS # 8
Sleep Scheduling # 10
Binary Exponential Backoff | =BEB # 5
Distributed Coordination Function | =DCF # 15
Enhanced Distributed Channel Access | =EDCA # 10
Handover | handoff # 9
# --- data, caching, offloading
Data Aggregation # 105
Content Caching # 63
Edge Caching | mobile edge caching # 34
Proactive Caching # 23
In-Network Caching # 30
Cooperative Caching | collaborative caching # 15
Data Offloading | mobile data offloading | traffic offloading # 30
Cluster Head # 30
# --- security
Distributed Denial of Service | =DDoS | DDoS attack # 47
Denial of Service | =DoS | denial-of-service attack # 34
Sybil Attack # 17
Deep Packet Inspection | =DPI # 8
Network Address Translation | =NAT # 6
Quantum Key Distribution | =QKD # 9
Public Key Infrastructure | =PKI # 13
Moving Target Defense | =MTD # 13
`,
  metric: `
# --- delivery and error
Packet Delivery Ratio | =PDR | packet delivery rate # 77
Packet Reception Ratio | =PRR | packet reception rate # 10
Packet Error Rate # 16
Packet Loss | packet loss ratio | =PLR # 6
Symbol Error Rate | =SER # 12
# --- rate and efficiency
Spectral Efficiency | spectrum efficiency # 218
Area Spectral Efficiency | =ASE # 34
Data Rate # 298
Bit Rate # 51
Transmission Rate # 97
Sum Rate # 41
Achievable Rate # 54
Secrecy Rate # 17
Link Utilization # 33
Channel Utilization # 39
Spectrum Utilization # 54
Power Usage Effectiveness | =PUE # 7
# --- delay and freshness
Age of Information | =AoI # 62
Round-Trip Time | =RTT # 25
End-to-End Delay | =E2ED # 8
# --- signal quality and coverage
Signal-to-Interference Ratio | =SIR # 33
Received Signal Strength | =RSS
Received Signal Strength Indicator | =RSSI
Peak-to-Average Power Ratio | =PAPR # 16
Coverage Probability # 6
Network Lifetime # 6
Cramér-Rao Lower Bound | =CRLB | Cramer-Rao lower bound # 7
# --- user experience, fairness, algorithms
Mean Opinion Score | =MOS # 10
Jain's Fairness Index | fairness index | Jain fairness index # 16
Normalized Routing Load | =NRL # 9
Approximation Ratio # 99
Competitive Ratio # 59
Price of Anarchy | =PoA # 14
# --- detection and localization
False Positive Rate | =FPR # 39
False Alarm Rate # 16
Detection Rate # 45
Localization Error # 31
Localization Accuracy # 94
Positioning Accuracy # 21
Mean Squared Error | mean square error # 78
`,
};
