// msggen's hand-kept tables, restated as data (contrib/msggen/msggen/model.py `overrides`, patch.py
// `OverridePatch`, gen/grpc/util.py `typemap`). These are the per-field decisions CLN made when mapping its
// JSON schemas onto gRPC; reproducing them is what makes our node.proto wire-identical to CLN's.

/** Schema primitive types msggen understands (anything else is skipped with a warning, as msggen does). */
export const PRIMITIVE_SCHEMA_TYPES: ReadonlySet<string> = new Set([
  'boolean', 'u32', 'u64', 'u8', 'f32', 'float', 'string', 'pubkey', 'signature', 'msat', 'msat_or_any',
  'msat_or_all', 'sat', 'sat_or_all', 'currency', 'hex', 'short_channel_id', 'short_channel_id_dir', 'txid',
  'integer', 'outpoint', 'u16', 'number', 'feerate', 'utxo', 'outputdesc', 'secret', 'bip340sig', 'hash',
  'string_map', 'json_object_or_array', 'json_scalar', 'proof_field',
]);

/** Schema type → proto type. Types missing here (`RoutehintList`, `TlvStream`, …) are primitives.proto messages. */
export const PROTO_TYPE_FOR_SCHEMA_TYPE: Readonly<Record<string, string>> = {
  boolean: 'bool',
  hex: 'bytes',
  msat: 'Amount',
  msat_or_all: 'AmountOrAll',
  msat_or_any: 'AmountOrAny',
  sat: 'Amount',
  sat_or_all: 'AmountOrAll',
  currency: 'string',
  number: 'double',
  pubkey: 'bytes',
  short_channel_id: 'string',
  short_channel_id_dir: 'string',
  signature: 'string',
  string: 'string',
  txid: 'bytes',
  u8: 'uint32', // the smallest integer protobuf has
  u32: 'uint32',
  u64: 'uint64',
  s8: 'int32',
  s16: 'int32',
  s32: 'int32',
  s64: 'int64',
  u16: 'uint32',
  f32: 'float',
  integer: 'sint64',
  outpoint: 'Outpoint',
  feerate: 'Feerate',
  outputdesc: 'OutputDesc',
  secret: 'bytes',
  bip340sig: 'string',
  hash: 'bytes',
  string_map: 'map<string, string>',
  json_object_or_array: 'JsonObjectOrArray',
  json_scalar: 'JsonScalar',
  proof_field: 'ProofField',
};

/** A replacement for a schema property that msggen cannot (or does not want to) derive from the schema. */
export type FieldReplacement =
  | { kind: 'primitive'; type: string; added?: string }
  | { kind: 'array'; itemType: string; added?: string };

const string: FieldReplacement = { kind: 'primitive', type: 'string' };
const stringArray: FieldReplacement = { kind: 'array', itemType: 'string' };
const proofFields: FieldReplacement = { kind: 'array', itemType: 'proof_field' };

/**
 * model.py `overrides`: schema paths whose property is replaced wholesale, because the schema says
 * `oneOf` (labels and offer amounts may be strings or numbers), because the type is hand-written in
 * primitives.proto (route hints, TLV streams), or because it is a free-form JSON value.
 */
export const FIELD_REPLACEMENTS: Readonly<Record<string, FieldReplacement>> = {
  'Invoice.label': string,
  'DelInvoice.label': string,
  'ListInvoices.label': string,
  'Datastore.key': stringArray,
  'DelDatastore.key': stringArray,
  'ListDatastore.key': stringArray,
  'Invoice.exposeprivatechannels': { kind: 'array', itemType: 'short_channel_id' },
  'Pay.exclude': stringArray,
  'RenePay.exclude': { kind: 'array', itemType: 'string', added: 'v24.08' },
  'KeySend.routehints': { kind: 'primitive', type: 'RoutehintList' },
  'KeySend.extratlvs': { kind: 'primitive', type: 'TlvStream' },
  'Decode.routes': { kind: 'primitive', type: 'DecodeRoutehintList' },
  'CreateInvoice.label': string,
  'DatastoreUsage.key': { kind: 'array', itemType: 'string', added: 'v23.11' },
  'WaitInvoice.label': string,
  'Offer.recurrence_base': string,
  'Offer.amount': string,
  'SetConfig.val': string,
  'CreateRune.restrictions': stringArray,
  'CheckRune.params': stringArray,
  'ListChainMoves.chainmoves[].extra_tags': stringArray,
  'Clnrest-Register-Path.rune_restrictions.params': { kind: 'primitive', type: 'string_map' },
  'rpc_command.replace.id': { kind: 'primitive', type: 'json_scalar' },
  'rpc_command.replace.params': { kind: 'primitive', type: 'json_object_or_array' },
  'rpc_command.rpc_command.id': { kind: 'primitive', type: 'json_scalar' },
  'rpc_command.rpc_command.params': { kind: 'primitive', type: 'json_object_or_array' },
  'CreateProof.include': proofFields,
  'CreateProof.proofs[].invoice_fields_included': proofFields,
  'CreateProof.proofs[].invreq_fields_included': proofFields,
  'CreateProof.proofs[].offer_fields_included': proofFields,
  'Xkeysend.extratlvs': { kind: 'primitive', type: 'string_map' },
  'ListPeerChannels.channels[].features': stringArray,
};

/** patch.py `OverridePatch.omit`: fields that get a number but no proto field (a comment key, not data). */
export const OMITTED_FIELDS: ReadonlySet<string> = new Set(['ListConfigs.# version']);

/**
 * patch.py `OverridePatch.overrides`: fields typed with a shared primitives.proto enum instead of a
 * per-message enum, so the same channel state or HTLC state has one type everywhere.
 */
export const SHARED_TYPE_OVERRIDES: Readonly<Record<string, string>> = {
  'ListClosedChannels.closedchannels[].closer': 'ChannelSide',
  'ListClosedChannels.closedchannels[].opener': 'ChannelSide',
  'ListClosedChannels.closedchannels[].channel_type.names[]': 'ChannelTypeName',
  'ListFunds.channels[].state': 'ChannelState',
  'ListPeerChannels.channels[].closer': 'ChannelSide',
  'ListPeerChannels.channels[].opener': 'ChannelSide',
  'ListPeers.peers[].channels[].closer': 'ChannelSide',
  'ListPeers.peers[].channels[].features[]': 'string',
  'ListPeers.peers[].channels[].opener': 'ChannelSide',
  'ListPeers.peers[].channels[].state_changes[].old_state': 'ChannelState',
  'ListPeers.peers[].channels[].htlcs[].state': 'HtlcState',
  'ListPeerChannels.channels[].htlcs[].state': 'HtlcState',
  'ListHtlcs.htlcs[].state': 'HtlcState',
  'FundChannel.channel_type.names[]': 'ChannelTypeName',
  'FundChannel_Start.channel_type.names[]': 'ChannelTypeName',
  'MultiFundChannel.channel_ids[].channel_type.names[]': 'ChannelTypeName',
  'OpenChannel_Init.channel_type.names[]': 'ChannelTypeName',
  'OpenChannel_Bump.channel_type.names[]': 'ChannelTypeName',
  'OpenChannel_Update.channel_type.names[]': 'ChannelTypeName',
  'AutoClean-Once.subsystem': 'AutocleanSubsystem',
  'AutoClean-Status.subsystem': 'AutocleanSubsystem',
  'Plugin.subcommand': 'PluginSubcommand',
  'Plugin.command': 'PluginSubcommand',
  'channel_state_changed.old_state': 'ChannelState',
  'channel_state_changed.new_state': 'ChannelState',
  'ListPeerChannels.channels[].state': 'ChannelState',
  'ListPeerChannels.channels[].state_changes[].old_state': 'ChannelState',
  'ListPeerChannels.channels[].state_changes[].new_state': 'ChannelState',
  'ListPeerChannels.channels[].channel_type.names[]': 'ChannelTypeName',
  'Wait.htlcs.state': 'HtlcState',
};

/**
 * patch.py `OptionalPatch.supported()`: fields added in this CLN version or later are `optional` even when
 * the schema requires them, so clients keep working against older nodes.
 */
export const OPTIONAL_IF_ADDED_SINCE = 'v24.11';
