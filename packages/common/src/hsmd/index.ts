// The hsmd wire codec: CLN's hsmd protocol (v26.06.6) for the signer, the node gateway and the hsmd
// proxy. Framing, a typed catalogue of every message in hsmd_wire.csv, client permissions.
export { HsmdWireError, type HsmdWireErrorCode, type HsmdWireErrorDetails } from './errors.ts';
export { frame, peekType, readFrames, HsmdFrameReader, WIRE_LEN_LIMIT, type FrameReaderOptions } from './framing.ts';
export {
  decodeHsmd,
  decodeHsmdAs,
  describeHsmdType,
  encodeHsmd,
  hsmdMessageName,
  HSMD_TYPE,
  type HsmdDecodeOptions,
} from './catalogue.ts';
export type {
  HsmdDecoded,
  HsmdFields,
  HsmdMessage,
  HsmdMessageInput,
  HsmdMessageInputOf,
  HsmdMessageName,
  HsmdMessageOf,
  HsmdTypeOf,
  HsmdUnknownMessage,
  TlvStreamValue,
} from './message-types.ts';
export type { FieldTypeName, FieldTypeValues } from './field-types.ts';
export {
  SIGHASH_ALL,
  SIGHASH_SINGLE_ANYONECANPAY,
  type Bip32KeyVersion,
  type BitcoinSignature,
  type RecoverableSignature,
} from './key-types.ts';
export type { Basepoints, ChannelSecrets } from './channel-types.ts';
export type { BitcoinTx, HsmUtxo, UtxoCloseInfo } from './bitcoin-types.ts';
export type { TlvUnknownRecord } from './tlv.ts';
export {
  allowedRequestTypes,
  checkClientPermission,
  describePermissions,
  requiredPermission,
  HSM_MASTER_PERMISSIONS,
  HSM_MAX_VERSION,
  HSM_MIN_VERSION,
  HSM_PERMISSIONS,
  HSM_PERM_COMMITMENT_POINT,
  HSM_PERM_ECDH,
  HSM_PERM_LOCK_OUTPOINT,
  HSM_PERM_MASTER,
  HSM_PERM_SIGN_CLOSING_TX,
  HSM_PERM_SIGN_GOSSIP,
  HSM_PERM_SIGN_ONCHAIN_TX,
  HSM_PERM_SIGN_REMOTE_TX,
  HSM_PERM_SIGN_SPLICE_TX,
  HSM_PERM_SIGN_WILL_FUND_OFFER,
  type PermissionCheck,
} from './permissions.ts';
export {
  clientContextFromHsmfd,
  hsmfdRequestFor,
  isChannelClient,
  permissionsOf,
  HSMD_CLIENT_HSMFD_REPLY,
  type HsmdClientContext,
} from './client-context.ts';
export { expectsReply, replyTypesFor, HSMD_REPLIES } from './replies.ts';
export { networkByName, networkForChainHash, HSMD_NETWORKS, type HsmdNetwork } from './networks.ts';
export { HSMD_MESSAGES, HSMD_SUBTYPES, HSMD_TLV_STREAMS, HSMD_WIRE_CSV_SOURCE, HSMD_WIRE_CSV_SUM } from './wire-table.ts';
export type { FieldDef, MessageDef, TlvRecordDef } from './table-schema.ts';
