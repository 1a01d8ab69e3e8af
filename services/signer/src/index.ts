export { Signer, SIGNER_VERSION, type SignerOptions, type SignerRejection } from './signer.ts';
export { createSeedFile, loadSeedFile, type LoadedSeed } from './seed-file.ts';
export { HsmSecret, HsmKeys, dumpOnchainDescriptors, type BitcoinNetwork } from './crypto/index.ts';
export { runSigner, type RunLoopOptions } from './run-loop.ts';
export { decidePairingApproval, type PairingDecision, type PairingApprovalOptions } from './authorization/pairing-approval.ts';
export { startSigner, type RunningSigner, type StartSignerOptions } from './embed.ts';
