/**
 * Lexicon: hardware
 * =================
 * Concrete devices, chips, memories, interconnects and machines (eval README: "hardware"). Generic
 * "edge/mobile device", "laptop" and "accelerator" are here too (borderline in the gold set).
 * Vendor prefixes ("NVIDIA A100") are handled by the rule that reads them, not listed per model.
 * Format as in `methods.ts`. Data file.
 */
export const HARDWARE = `
# --- processor classes
GPU | =GPUs | graphics processing unit | =GPGPU | graphics card | graphics processing units
CPU | =CPUs | central processing unit | multi-core CPU | multicore CPU
TPU | =TPUs | tensor processing unit | Cloud TPU | TPUv4 | TPU v4 | TPU v5e | TPUv3 | TPU v3
NPU | =NPUs | neural processing unit
FPGA | =FPGAs | field-programmable gate array | field programmable gate array
ASIC | =ASICs | application-specific integrated circuit
=DSP | digital signal processor
SoC | system-on-chip | system on chip | =MPSoC
Microcontroller | =MCU | =MCUs | micro-controller
=IPU | Graphcore IPU
=DPU | data processing unit
SmartNIC | smart NIC
=NIC | network interface card | =NICs | =RNIC
Systolic Array | systolic arrays
=CGRA | coarse-grained reconfigurable array
Neuromorphic Chip | neuromorphic hardware | neuromorphic processor
Loihi | Loihi 2
TrueNorth
=SpiNNaker
Quantum Computer | quantum processor
Non-Uniform Memory Access | =NUMA
Processing Element | processing elements
Amazon EC2 | =EC2 | Elastic Compute Cloud
Multi-core Processor | multicore processor | many-core processor | manycore processor
=RISC-V
AVX-512 | AVX512 | =AVX2 | =AVX
=NEON | Arm NEON
=SVE | Scalable Vector Extension
Tensor Core | Tensor Cores
==ARM | Arm Cortex-M | Cortex-M4 | Cortex-A53 | Cortex-A72
x86
# --- GPUs and accelerators by model
A100 | A100 GPU | NVIDIA A100 | A100-80GB
H100 | NVIDIA H100 | H100 GPU
H200
H800
A800
B200 | Blackwell
GH200 | Grace Hopper
V100 | Tesla V100 | NVIDIA V100
P100 | Tesla P100
K80 | Tesla K80
T4 | Tesla T4 | NVIDIA T4
L40 | L40S
==A10 | A10G
A40
A6000 | RTX A6000
RTX 3090 | GeForce RTX 3090
RTX 4090 | GeForce RTX 4090
RTX 3080
RTX 2080 Ti | RTX 2080Ti
GTX 1080 Ti | GTX 1080Ti | GeForce GTX 1080 Ti
Titan X | Titan V | Titan RTX
Jetson Nano
Jetson TX2
Jetson Xavier | Jetson AGX Xavier | Xavier NX | Jetson Xavier NX
Jetson Orin | Jetson AGX Orin | Orin Nano
MI250X | MI250 | AMD MI250X | Instinct MI250X
MI300X | MI300 | MI300A
MI100
Gaudi | Gaudi2 | Intel Gaudi | Habana Gaudi
Cerebras | Cerebras CS-2 | Cerebras WSE | wafer-scale engine
Groq | Groq LPU
Xilinx ZCU104 | ZCU104
Xilinx ZCU102 | ZCU102
Xilinx Alveo U250 | Alveo U250
Xilinx Alveo U280 | Alveo U280
Alveo U50
Versal | Versal ACAP
Zynq | Zynq UltraScale+ | Xilinx Zynq
Virtex UltraScale+ | Virtex-7
Stratix 10 | Intel Stratix 10
Arria 10
PYNQ-Z1 | PYNQ-Z2 | PYNQ
Ultra96
Intel Xeon | Xeon | Xeon Phi
AMD EPYC | EPYC
Intel Core i7 | Core i7 | Core i9
Apple M1 | M1 Max | M1 Pro | Apple M2 | Apple M3
Apple Neural Engine
Snapdragon | Qualcomm Snapdragon | Snapdragon 888 | Snapdragon 8 Gen 2
Hexagon DSP
Raspberry Pi | Raspberry Pi 4 | Raspberry Pi 3
Arduino
STM32
Edge TPU | Coral Edge TPU
Intel Movidius | Movidius | Neural Compute Stick
Kirin 990
=Pixel 1 | =Pixel 2 | =Pixel 3 | =Pixel 4 | =Pixel 6 | =Pixel 7 | =Pixel 8 | Google Pixel
==iPhone
# --- memory and storage
DRAM | =DRAMs | dynamic random-access memory
=SRAM | static random-access memory
High Bandwidth Memory | =HBM | HBM2 | HBM2e | HBM3
=GDDR6 | GDDR5 | =GDDR
=DDR4 | =DDR5 | LPDDR4 | LPDDR5
Non-Volatile Memory | =NVM | non-volatile memories
Persistent Memory | =PMEM | Intel Optane | Optane | Optane DC
=SSD | =SSDs | solid-state drive | solid state drive | NVMe SSD | NVMe SSDs
=NVMe
=HDD | hard disk drive | hard disk
Flash Memory | NAND flash
=ReRAM | =RRAM | resistive RAM | resistive random-access memory
Phase-Change Memory | =PCM
=STT-MRAM | =MRAM
Memristor | memristors | memristive crossbar
=3D-stacked memory | 3D stacked memory
# --- interconnects and networks
NVLink
NVSwitch
PCIe | =PCI-e | PCI Express
=CXL | Compute Express Link
InfiniBand
Ethernet | RoCE | RoCEv2
Network-on-Chip | =NoC | network on chip
Optical Interconnect
Top-of-Rack Switch | =ToR switch
Programmable Switch | Tofino | P4 switch
# --- machines
Supercomputer | supercomputers | leadership-class supercomputer
==Frontier | Frontier supercomputer
==Summit | Summit supercomputer
==Sierra
Fugaku
Perlmutter
==Aurora
==Polaris
==Selene
Tianhe-2
Sunway TaihuLight
DGX | DGX A100 | DGX H100 | DGX-1 | DGX-2
Edge Device | edge devices | low-resource edge devices | resource-constrained edge devices | edge hardware
Mobile Device | mobile devices | mobile phones | smartphone | smartphones | mobile phone
Laptop | laptops | standard laptops
IoT Device | IoT devices | Internet of Things devices
Wearable Device | wearables | wearable devices
Embedded Device | embedded devices | embedded systems | embedded system
Accelerator | hardware accelerator | hardware accelerators | =accelerators | AI accelerator | DNN accelerator
Lidar | LiDAR
Drone | =UAV | =UAVs | unmanned aerial vehicle | drones
Robot Arm | robotic arm
`;
