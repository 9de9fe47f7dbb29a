/**
 * Lexicon: metrics
 * ================
 * Evaluation measures (eval README: "metric"): top-1 accuracy, FID, mIoU, BLEU, latency,
 * throughput, speedup, FLOPs, TTFT, C-index. Variants with a modifier ("end-to-end latency") are
 * the same metric. Format as in `methods.ts`. Data file.
 */
export const METRICS = `
# --- quality
Accuracy | accuracies | model accuracy | classification accuracy | prediction accuracy | test accuracy
Top-1 Accuracy | top-1 | top1 accuracy | top-1 acc
Top-5 Accuracy | top-5
Error Rate | top-1 error rate | top-1 error | error rates | classification error
F1 Score | =F1 | F1-score | F-score | F-measure | F1 scores | macro-F1 | micro-F1
Precision and Recall
Mean Average Precision | =mAP
Average Precision
Mean Intersection over Union | =mIoU | mean IoU
Intersection over Union | =IoU
Area Under the Curve | =AUC | =AUROC | =ROC-AUC | area under the ROC curve
=BLEU | BLEU score
=ROUGE | ROUGE-L | ROUGE-1 | ROUGE-2
=METEOR
=CIDEr
Perplexity | =PPL
Exact Match
pass@1 | pass@k
=FID | Fréchet Inception Distance | Frechet Inception Distance | FID score
=FVD | Fréchet Video Distance
=KID | Kernel Inception Distance
Inception Score
CLIP Score | CLIPScore
=PSNR | peak signal-to-noise ratio
=SSIM | structural similarity
=LPIPS
=PESQ
=STOI
=SI-SDR | =SI-SNR | =SDR
Word Error Rate | =WER
Character Error Rate | =CER
C-index | concordance index | =C-Index
Normalized Discounted Cumulative Gain | =NDCG | =nDCG
Mean Reciprocal Rank | =MRR
Hits@K | Hits@10 | Hits@50 | Hits@100 | Hits@20
Recall@K | Recall@20 | Recall@10
Hit Rate | hit ratio
Mean Absolute Error | =MAE
Mean Squared Error | =MSE
Root Mean Square Error | =RMSE | root mean squared error
Mean Absolute Percentage Error | =MAPE
Success Rate | success rates
Win Rate | win rates
Dice Score | Dice coefficient | =DSC
Hausdorff Distance | =HD95 | 95% Hausdorff distance
Average Displacement Error | =ADE
Final Displacement Error | =FDE
Signal-to-Noise Ratio | =SNR
Signal-to-Interference-plus-Noise Ratio | =SINR | signal-to-interference-and-noise ratio | =SINRs
Bit Error Rate | =BER
Packet Loss | packet loss rate
Attack Success Rate
Robust Accuracy
Spearman's Rank Correlation | Spearman correlation | Spearman's rho | Spearman's ρ | Spearman rank correlation
Kendall's Tau | Kendall tau | Kendall's τ | Kendall rank correlation
Pearson Correlation | Pearson correlation coefficient | Pearson's r
Calibration Error | expected calibration error | =ECE
# --- efficiency
Latency | end-to-end latency | inference latency | token latency | tail latency | response latency | mean latency | average latency | p99 latency | request latency
Throughput | inference throughput | training throughput | token throughput | system throughput
Goodput
~Speedup | ~speed-up | ~speedups | ~speed-ups
Time to First Token | =TTFT | time-to-first-token
Time Per Output Token | =TPOT | time-per-output-token | inter-token latency | =ITL
Tokens per Second | tokens/s
Job Completion Time | =JCT
Flow Completion Time | =FCT
Training Time
Inference Time | inference speed
Execution Time
Response Time
Service Level Objective | =SLO | service-level objective | =SLOs
Quality of Service | =QoS | quality-of-service
Quality of Experience | =QoE | quality-of-experience
Service Level Agreement | =SLA | =SLAs | service-level agreement
FLOPs | =FLOP | floating-point operations | floating point operations | =GFLOPs | =TFLOPs | =MACs | multiply-accumulate operations
=TFLOPS | =PFLOPS | =GFLOPS
=TOPS/W | =TOPS
Energy Efficiency | energy-efficiency
Energy Consumption | energy usage | energy cost
Power Consumption | power usage
Memory Footprint | memory usage | memory consumption | peak memory
Parameter Count | parameter counts
Compression Ratio | compression rate
Bandwidth | bandwidth utilization
Hardware Utilization | GPU utilization | resource utilization | utilization rate | =MFU | model FLOPs utilization
GPU-days | GPU days | GPU-hours | GPU hours
Number of Function Evaluations | =NFE | function evaluations | =NFEs
Convergence Rate | convergence speed
Cost-Efficiency | cost efficiency
Area Efficiency
Chip Area | silicon area
Power Efficiency | performance per watt
Carbon Footprint | carbon emissions
`;
