// The CSV field types the catalogue understands, each with its codec and its TypeScript value type.
// Adding a type to hsmd_wire.csv means adding it here; the table generator refuses unknown types.
import { bool, fixedBytes, side, u16, u32, u64, u8, wirestring, type FieldCodec } from './primitives.ts';
import {
  bip32KeyVersion,
  bip340Signature,
  bitcoinSignature,
  ecdsaSignature,
  extKey,
  nodeId,
  pubkey,
  recoverableSignature,
  type Bip32KeyVersion,
  type BitcoinSignature,
  type RecoverableSignature,
} from './key-types.ts';
import { basepoints, channelSecrets, channelType, type Basepoints, type ChannelSecrets } from './channel-types.ts';
import { bitcoinTx, hsmUtxo, wallyPsbt, type BitcoinTx, type HsmUtxo } from './bitcoin-types.ts';

/** The decoded value of each CSV field type. */
export interface FieldTypeValues {
  u8: number;
  u16: number;
  u32: number;
  u64: bigint;
  bool: boolean;
  amount_sat: bigint;
  amount_msat: bigint;
  /** `enum side`: 0 LOCAL, 1 REMOTE. */
  side: number;
  node_id: Uint8Array;
  pubkey: Uint8Array;
  secret: Uint8Array;
  privkey: Uint8Array;
  sha256: Uint8Array;
  /** Internal byte order (reverse of bitcoind's hex). */
  bitcoin_txid: Uint8Array;
  /**
   * The chain's genesis block hash in internal byte order; that is all towire_chainparams writes.
   * See `networkForChainHash`. CLN maps an unknown hash to "no chainparams" rather than failing.
   */
  chainparams: Uint8Array;
  secp256k1_ecdsa_signature: Uint8Array;
  secp256k1_ecdsa_recoverable_signature: RecoverableSignature;
  bitcoin_signature: BitcoinSignature;
  bip340sig: Uint8Array;
  ext_key: Uint8Array;
  bip32_key_version: Bip32KeyVersion;
  wirestring: string;
  basepoints: Basepoints;
  secrets: ChannelSecrets;
  channel_type: Uint8Array;
  bitcoin_tx: BitcoinTx;
  wally_psbt: Uint8Array;
  hsm_utxo: HsmUtxo;
}

export type FieldTypeName = keyof FieldTypeValues;

const bytes32 = fixedBytes(32);

export const FIELD_CODECS: { readonly [K in FieldTypeName]: FieldCodec<FieldTypeValues[K]> } = {
  u8,
  u16,
  u32,
  u64,
  bool,
  amount_sat: u64,
  amount_msat: u64,
  side,
  node_id: nodeId,
  pubkey,
  secret: bytes32,
  privkey: bytes32,
  sha256: bytes32,
  bitcoin_txid: bytes32,
  chainparams: bytes32,
  secp256k1_ecdsa_signature: ecdsaSignature,
  secp256k1_ecdsa_recoverable_signature: recoverableSignature,
  bitcoin_signature: bitcoinSignature,
  bip340sig: bip340Signature,
  ext_key: extKey,
  bip32_key_version: bip32KeyVersion,
  wirestring,
  basepoints,
  secrets: channelSecrets,
  channel_type: channelType,
  bitcoin_tx: bitcoinTx,
  wally_psbt: wallyPsbt,
  hsm_utxo: hsmUtxo,
};

/** CSV spellings that differ from our type names. */
export const CSV_TYPE_ALIASES: Readonly<Record<string, FieldTypeName>> = { 'enum side': 'side' };

export function isFieldTypeName(name: string): name is FieldTypeName {
  return Object.hasOwn(FIELD_CODECS, name);
}
