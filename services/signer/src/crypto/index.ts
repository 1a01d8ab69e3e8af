// CLN-compatible key derivation and signing for the Greenhouse signer. See README.md here for what
// each piece reproduces from CLN's hsmd and where.
export { HsmSecret, HsmSecretType, rootSecretBytes, type RootSecret } from './hsm-secret.ts';
export { deriveNodeKey, type NodeKey } from './node-key.ts';
export { deriveSecret, deriveSecretsBase } from './derived-secret.ts';
export {
  bip32VersionsFor,
  deriveBip86Master,
  deriveLegacyBip32Master,
  MAINNET_BIP32_VERSIONS,
  serializeExtendedPublicKey,
  TESTNET_BIP32_VERSIONS,
  type BitcoinNetwork,
  type Versions,
} from './bip32-root.ts';
export { OnchainWallet, type KeyPair } from './onchain-wallet.ts';
export { descriptorChecksum, dumpOnchainDescriptors, type HsmtoolNetwork, type OnchainDescriptors } from './onchain-descriptors.ts';
export { ChannelKeys, deriveChannelSeed, deriveChannelSeedBase, type Basepoints } from './channel-keys.ts';
export { perCommitmentPoint, perCommitmentSecret, shachainFromSeed } from './shachain.ts';
export {
  deriveRevocationPrivateKey,
  deriveRevocationPublicKey,
  deriveSimplePrivateKey,
  deriveSimplePublicKey,
} from './commitment-keys.ts';
export { recoverPublicKey, signHash, signHashPlain, signRecoverable, verifyHash } from './ecdsa.ts';
export {
  bip137MessageHash,
  lightningMessageHash,
  signBip137Message,
  signChallenge,
  signMessage,
} from './message-signing.ts';
export { invoiceSigningHash, signInvoice } from './invoice-signing.ts';
export { gossipSigningHash, signChannelAnnouncement, signChannelUpdate, signNodeAnnouncement } from './gossip-signing.ts';
export { ecdh } from './ecdh.ts';
export {
  bolt12AliasSigningKey,
  bolt12Sighash,
  bolt12SigningKey,
  deriveBolt12PayerBaseKey,
  schnorrPublicKey,
  signSchnorr,
} from './bolt12.ts';
export { constantTimeEqual } from './bytes.ts';
export { HsmKeys } from './hsm-keys.ts';
