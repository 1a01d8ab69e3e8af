// primitives.proto: the hand-written types msggen's node.proto refers to (amounts, fee rates, outpoints,
// route hints, TLV streams, free-form JSON, and the enums shared between messages). CLN keeps these in a
// hand-written file; we keep them as this table (wire-identical to CLN v26.06.6's cln-grpc/proto/primitives.proto)
// and print the file from it. Enum values carry the JSON string CLN uses for them, for the gateway.
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage } from './proto-ast.ts';

type FieldSpec = [type: string, name: string, number: number, label?: 'repeated'];
type EnumSpec = [name: string, number: number, json: string];

function fields(specs: FieldSpec[], oneof?: string): ProtoField[] {
  return specs.map(([type, name, number, label]) => ({
    name,
    number,
    type,
    label: label ?? '',
    ...(oneof ? { oneof } : {}),
    deprecated: false,
    comments: [],
    json: null,
  }));
}

function message(name: string, comment: string, body: ProtoField[]): ProtoMessage {
  return { name, comments: [comment], enums: [], fields: body, schemaPath: null };
}

function enumeration(name: string, comment: string, values: EnumSpec[]): ProtoEnum {
  return { name, comments: [comment], values: values.map(([v, number, json]) => ({ name: v, number, deprecated: false, json })) };
}

/** CLN's channel state machine, named as in cln-rpc; JSON uses the upper-case C names. */
const CHANNEL_STATES: EnumSpec[] = [
  ['Openingd', 0, 'OPENINGD'],
  ['ChanneldAwaitingLockin', 1, 'CHANNELD_AWAITING_LOCKIN'],
  ['ChanneldNormal', 2, 'CHANNELD_NORMAL'],
  ['ChanneldShuttingDown', 3, 'CHANNELD_SHUTTING_DOWN'],
  ['ClosingdSigexchange', 4, 'CLOSINGD_SIGEXCHANGE'],
  ['ClosingdComplete', 5, 'CLOSINGD_COMPLETE'],
  ['AwaitingUnilateral', 6, 'AWAITING_UNILATERAL'],
  ['FundingSpendSeen', 7, 'FUNDING_SPEND_SEEN'],
  ['Onchain', 8, 'ONCHAIN'],
  ['DualopendOpenInit', 9, 'DUALOPEND_OPEN_INIT'],
  ['DualopendAwaitingLockin', 10, 'DUALOPEND_AWAITING_LOCKIN'],
  ['ChanneldAwaitingSplice', 11, 'CHANNELD_AWAITING_SPLICE'],
  ['DualopendOpenCommitted', 12, 'DUALOPEND_OPEN_COMMITTED'],
  ['DualopendOpenCommittReady', 13, 'DUALOPEND_OPEN_COMMIT_READY'], // sic: CLN's spelling
  ['Closed', 14, 'CLOSED'],
];

const HTLC_STATES: EnumSpec[] = [
  'SENT_ADD_HTLC', 'SENT_ADD_COMMIT', 'RCVD_ADD_REVOCATION', 'RCVD_ADD_ACK_COMMIT', 'SENT_ADD_ACK_REVOCATION',
  'RCVD_ADD_ACK_REVOCATION', 'RCVD_REMOVE_HTLC', 'RCVD_REMOVE_COMMIT', 'SENT_REMOVE_REVOCATION',
  'SENT_REMOVE_ACK_COMMIT', 'RCVD_REMOVE_ACK_REVOCATION', 'RCVD_ADD_HTLC', 'RCVD_ADD_COMMIT',
  'SENT_ADD_REVOCATION', 'SENT_ADD_ACK_COMMIT', 'SENT_REMOVE_HTLC', 'SENT_REMOVE_COMMIT',
  'RCVD_REMOVE_REVOCATION', 'RCVD_REMOVE_ACK_COMMIT', 'SENT_REMOVE_ACK_REVOCATION',
].map((json, number): EnumSpec => [
  // The proto names are the camel-cased C names (SENT_ADD_HTLC → SentAddHtlc).
  json.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
  number,
  json,
]);

export const PRIMITIVE_ENUMS: readonly ProtoEnum[] = [
  enumeration('ChannelSide', 'Which side of a channel opened or closed it.', [
    ['LOCAL', 0, 'local'],
    ['REMOTE', 1, 'remote'],
  ]),
  enumeration('ChannelState', "A channel's state (`state` in listpeerchannels, listfunds, channel_state_changed).", CHANNEL_STATES),
  enumeration('HtlcState', "An HTLC's state in the commitment dance.", HTLC_STATES),
  enumeration('ChannelTypeName', 'A channel type feature name (`channel_type.names[]`).', [
    ['static_remotekey_even', 0, 'static_remotekey/even'],
    ['anchor_outputs_even', 1, 'anchor_outputs/even'],
    ['anchors_zero_fee_htlc_tx_even', 2, 'anchors_zero_fee_htlc_tx/even'],
    ['scid_alias_even', 3, 'scid_alias/even'],
    ['zeroconf_even', 4, 'zeroconf/even'],
    ['anchors_even', 5, 'anchors/even'],
  ]),
  enumeration('AutocleanSubsystem', 'What autoclean cleans (`subsystem`).', [
    ['SUCCEEDEDFORWARDS', 0, 'succeededforwards'],
    ['FAILEDFORWARDS', 1, 'failedforwards'],
    ['SUCCEEDEDPAYS', 2, 'succeededpays'],
    ['FAILEDPAYS', 3, 'failedpays'],
    ['PAIDINVOICES', 4, 'paidinvoices'],
    ['EXPIREDINVOICES', 5, 'expiredinvoices'],
  ]),
  enumeration('PluginSubcommand', 'The `plugin` command\'s subcommand.', [
    ['START', 0, 'start'],
    ['STOP', 1, 'stop'],
    ['RESCAN', 2, 'rescan'],
    ['STARTDIR', 3, 'startdir'],
    ['LIST', 4, 'list'],
  ]),
];

export const PRIMITIVE_MESSAGES: readonly ProtoMessage[] = [
  message('Amount', 'An amount in millisatoshi (schema types msat and sat).', fields([['uint64', 'msat', 1]])),
  message('AmountOrAll', 'An amount, or "all" (schema types msat_or_all, sat_or_all).', fields([['Amount', 'amount', 1], ['bool', 'all', 2]], 'value')),
  message('AmountOrAny', 'An amount, or "any" (schema type msat_or_any).', fields([['Amount', 'amount', 1], ['bool', 'any', 2]], 'value')),
  message('Outpoint', 'A transaction output, `txid:outnum` in JSON.', fields([['bytes', 'txid', 1], ['uint32', 'outnum', 2]])),
  message(
    'Feerate',
    'A fee rate: a named target, or a rate per kB or per kw (`<n>perkb`, `<n>perkw` in JSON).',
    fields([['bool', 'slow', 1], ['bool', 'normal', 2], ['bool', 'urgent', 3], ['uint32', 'perkb', 4], ['uint32', 'perkw', 5]], 'style'),
  ),
  message('OutputDesc', 'One output `{address: amount}` (bitcoind style).', fields([['string', 'address', 1], ['Amount', 'amount', 2]])),
  message(
    'RouteHop',
    'One hop of a BOLT11 route hint.',
    fields([['bytes', 'id', 1], ['string', 'scid', 2], ['Amount', 'feebase', 3], ['uint32', 'feeprop', 4], ['uint32', 'expirydelta', 5]]),
  ),
  message('Routehint', 'A BOLT11 route hint.', fields([['RouteHop', 'hops', 1, 'repeated']])),
  message('RoutehintList', 'Route hints (keysend `routehints`).', fields([['Routehint', 'hints', 2, 'repeated']])),
  message(
    'DecodeRouteHop',
    'One hop of a route hint as `decode` returns it.',
    fields([
      ['bytes', 'pubkey', 1],
      ['string', 'short_channel_id', 2],
      ['Amount', 'fee_base_msat', 3],
      ['uint32', 'fee_proportional_millionths', 4],
      ['uint32', 'cltv_expiry_delta', 5],
    ]),
  ),
  message('DecodeRoutehint', 'A route hint as `decode` returns it.', fields([['DecodeRouteHop', 'hops', 1, 'repeated']])),
  message('DecodeRoutehintList', 'Route hints as `decode` returns them (`routes`).', fields([['DecodeRoutehint', 'hints', 2, 'repeated']])),
  message('TlvEntry', 'One TLV record.', fields([['uint64', 'type', 1], ['bytes', 'value', 2]])),
  message('TlvStream', 'TLV records; in JSON an object from type number to hex value.', fields([['TlvEntry', 'entries', 1, 'repeated']])),
  message('JsonObjectOrArray', 'A free-form JSON object or array.', fields([['JsonObject', 'object', 1], ['JsonArray', 'array', 2]], 'structure')),
  message('JsonObject', 'A free-form JSON object.', fields([['map<string, JsonValue>', 'fields', 1]])),
  message('JsonArray', 'A free-form JSON array.', fields([['JsonValue', 'values', 1, 'repeated']])),
  message(
    'JsonValue',
    'Any JSON value.',
    fields(
      [['bool', 'bool_value', 1], ['int64', 'int_value', 2], ['uint64', 'uint_value', 3], ['double', 'double_value', 4], ['string', 'string_value', 5], ['JsonArray', 'array', 6], ['JsonObject', 'object', 7]],
      'kind',
    ),
  ),
  message(
    'JsonScalar',
    'A JSON scalar (a JSON-RPC request id).',
    fields([['bool', 'bool_value', 1], ['int64', 'int_value', 2], ['uint64', 'uint_value', 3], ['double', 'double_value', 4], ['string', 'string_value', 5]], 'scalar'),
  ),
  message('ProofField', 'A BOLT12 field named by name or by TLV number (createproof).', fields([['string', 'name', 1], ['uint64', 'number', 2]], 'ident')),
];

export function buildPrimitivesProto(): ProtoFile {
  return {
    package: 'cln',
    headerComments: [
      "Generated by packages/protogen from its table of CLN's hand-written primitives (wire-identical to",
      'Core Lightning v26.06.6 cln-grpc/proto/primitives.proto). Do not edit: run `pnpm gen:proto`.',
    ],
    imports: [],
    service: null,
    enums: structuredClone([...PRIMITIVE_ENUMS]),
    messages: structuredClone([...PRIMITIVE_MESSAGES]),
  };
}
