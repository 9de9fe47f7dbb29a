/**
 * Lexicon: security and cryptography (no arXiv category of its own here: cs.NI, cs.DC, cs.AR)
 * ============================================================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun or a listing head such as "… attack", "… encryption", "… authentication",
 * frequent names including upper-case ones; the evaluation samples' papers left out) and reviewed
 * line by line against the labelling guidelines (../shared/eval/README.md, eval/README.md
 * rulings): protocols, standards and named algorithms are `method`; attack types, security
 * paradigms and named problems are `technique`; the problems papers solve are `task`. Terms the
 * other field files already hold (DDoS, Sybil attack, AES, SGX, PKI, QKD, secret sharing, …) are
 * not repeated. A trailing `# N` is the number of corpus papers that named the term when it was
 * reviewed. Format as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const SECURITY: FieldLexicon = {
  method: `
# --- security protocols and standards (ruling 1)
Transport Layer Security | =TLS # 27
Datagram Transport Layer Security | =DTLS # 5
=IPsec | =IPSec # 6
Resource Public Key Infrastructure | =RPKI # 6
# --- named cryptographic algorithms
=RSA | Rivest-Shamir-Adleman | Rivest Shamir Adleman # 12
Diffie-Hellman | Diffie-Hellman key exchange # 6
=MD5 # 5
# --- distributed ledgers
=IOTA | IOTA Tangle # 7
`,
  dataset: ``,
  hardware: ``,
  task: `
# --- security as the problem studied
Network Security # 92
Information Security # 26
Computer Security # 19
Cybersecurity | cyber security | cyber-security # 18
Data Security # 42
Cloud Security | cloud computing security # 13
IoT Security | Internet of Things security # 14
Hardware Security # 5
Security Analysis # 30
Vulnerability Analysis # 6
Forensic Analysis | digital forensics # 7
Trust Management # 23
Key Management | cryptographic key management # 22
`,
  technique: `
# --- attack types (named attacks are techniques)
Adversarial Attack | adversarial attacks # 49
Adversarial Perturbation | adversarial perturbations # 23
Black-Box Attack # 6
White-Box Attack # 5
Poisoning Attack | data poisoning | data poisoning attack # 12
Shilling Attack # 5
Jamming Attack | jamming # 21
Eavesdropping Attack | eavesdropping # 8
Spoofing Attack | spoofing # 6
Replay Attack # 10
Man-in-the-Middle Attack | =MITM | man in the middle attack # 9
Black Hole Attack | blackhole attack # 10
Flooding Attack # 15
Pollution Attack # 9
Routing Attack # 12
Injection Attack # 11
Insider Attack # 7
Phishing Attack | phishing # 5
Double-Spending Attack | double spending attack | double-spending # 5
Byzantine Attack # 14
Side-Channel Attack | side channel attack # 8
Cyber Attack | cyberattack | cyber-attack # 19
# --- security paradigms and mechanisms
Access Control | fine-grained access control # 146
Role-Based Access Control | =RBAC # 6
Physical Layer Security | physical-layer security # 29
Covert Communication # 6
Anonymous Communication # 16
Onion Routing # 7
Trusted Computing # 7
Fault Injection | fault injection attack # 20
Information Leakage | data leakage | privacy leakage # 30
Data Obfuscation # 6
# --- cryptography
Public-Key Cryptography | public key cryptography | asymmetric cryptography # 13
Symmetric Encryption | symmetric key encryption | symmetric cryptography # 21
End-to-End Encryption # 14
Block Cipher # 7
Digital Signature # 17
Message Authentication # 13
Mutual Authentication # 8
User Authentication # 14
Biometric Authentication # 5
Key Exchange | key agreement # 13
# --- blockchains
Smart Contract # 140
Permissioned Blockchain # 52
Permissionless Blockchain # 19
Public Blockchain # 19
Private Blockchain # 14
`,
  metric: ``,
};
