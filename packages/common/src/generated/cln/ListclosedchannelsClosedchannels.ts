// Original file: proto/node.proto

import type { ListclosedchannelsClosedchannelsAlias as _cln_ListclosedchannelsClosedchannelsAlias, ListclosedchannelsClosedchannelsAlias__Output as _cln_ListclosedchannelsClosedchannelsAlias__Output } from '../cln/ListclosedchannelsClosedchannelsAlias.ts';
import type { ChannelSide as _cln_ChannelSide, ChannelSide__Output as _cln_ChannelSide__Output } from '../cln/ChannelSide.ts';
import type { ListclosedchannelsClosedchannelsChannelType as _cln_ListclosedchannelsClosedchannelsChannelType, ListclosedchannelsClosedchannelsChannelType__Output as _cln_ListclosedchannelsClosedchannelsChannelType__Output } from '../cln/ListclosedchannelsClosedchannelsChannelType.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause = {
  UNKNOWN: 'UNKNOWN',
  LOCAL: 'LOCAL',
  USER: 'USER',
  REMOTE: 'REMOTE',
  PROTOCOL: 'PROTOCOL',
  ONCHAIN: 'ONCHAIN',
} as const;

export type _cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause =
  | 'UNKNOWN'
  | 0
  | 'LOCAL'
  | 1
  | 'USER'
  | 2
  | 'REMOTE'
  | 3
  | 'PROTOCOL'
  | 4
  | 'ONCHAIN'
  | 5

export type _cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause__Output = typeof _cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause[keyof typeof _cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause]

export interface ListclosedchannelsClosedchannels {
  'peer_id'?: (Buffer | Uint8Array | string);
  'channel_id'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'alias'?: (_cln_ListclosedchannelsClosedchannelsAlias | null);
  'opener'?: (_cln_ChannelSide);
  'closer'?: (_cln_ChannelSide);
  'private'?: (boolean);
  'channel_type'?: (_cln_ListclosedchannelsClosedchannelsChannelType | null);
  'total_local_commitments'?: (number | string | Long);
  'total_remote_commitments'?: (number | string | Long);
  'total_htlcs_sent'?: (number | string | Long);
  'funding_txid'?: (Buffer | Uint8Array | string);
  'funding_outnum'?: (number);
  'leased'?: (boolean);
  'funding_fee_paid_msat'?: (_cln_Amount | null);
  'funding_fee_rcvd_msat'?: (_cln_Amount | null);
  'funding_pushed_msat'?: (_cln_Amount | null);
  'total_msat'?: (_cln_Amount | null);
  'final_to_us_msat'?: (_cln_Amount | null);
  'min_to_us_msat'?: (_cln_Amount | null);
  'max_to_us_msat'?: (_cln_Amount | null);
  'last_commitment_txid'?: (Buffer | Uint8Array | string);
  'last_commitment_fee_msat'?: (_cln_Amount | null);
  'close_cause'?: (_cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause);
  'last_stable_connection'?: (number | string | Long);
  'funding_psbt'?: (string);
  'funding_withheld'?: (boolean);
  '_peer_id'?: "peer_id";
  '_short_channel_id'?: "short_channel_id";
  '_alias'?: "alias";
  '_closer'?: "closer";
  '_channel_type'?: "channel_type";
  '_funding_fee_paid_msat'?: "funding_fee_paid_msat";
  '_funding_fee_rcvd_msat'?: "funding_fee_rcvd_msat";
  '_funding_pushed_msat'?: "funding_pushed_msat";
  '_last_commitment_txid'?: "last_commitment_txid";
  '_last_commitment_fee_msat'?: "last_commitment_fee_msat";
  '_last_stable_connection'?: "last_stable_connection";
  '_funding_psbt'?: "funding_psbt";
  '_funding_withheld'?: "funding_withheld";
}

export interface ListclosedchannelsClosedchannels__Output {
  'peer_id'?: (Buffer);
  'channel_id': (Buffer);
  'short_channel_id'?: (string);
  'alias'?: (_cln_ListclosedchannelsClosedchannelsAlias__Output | null);
  'opener': (_cln_ChannelSide__Output);
  'closer'?: (_cln_ChannelSide__Output);
  'private': (boolean);
  'channel_type'?: (_cln_ListclosedchannelsClosedchannelsChannelType__Output | null);
  'total_local_commitments': (string);
  'total_remote_commitments': (string);
  'total_htlcs_sent': (string);
  'funding_txid': (Buffer);
  'funding_outnum': (number);
  'leased': (boolean);
  'funding_fee_paid_msat'?: (_cln_Amount__Output | null);
  'funding_fee_rcvd_msat'?: (_cln_Amount__Output | null);
  'funding_pushed_msat'?: (_cln_Amount__Output | null);
  'total_msat': (_cln_Amount__Output | null);
  'final_to_us_msat': (_cln_Amount__Output | null);
  'min_to_us_msat': (_cln_Amount__Output | null);
  'max_to_us_msat': (_cln_Amount__Output | null);
  'last_commitment_txid'?: (Buffer);
  'last_commitment_fee_msat'?: (_cln_Amount__Output | null);
  'close_cause': (_cln_ListclosedchannelsClosedchannels_ListclosedchannelsClosedchannelsCloseCause__Output);
  'last_stable_connection'?: (string);
  'funding_psbt'?: (string);
  'funding_withheld'?: (boolean);
  '_peer_id'?: "peer_id";
  '_short_channel_id'?: "short_channel_id";
  '_alias'?: "alias";
  '_closer'?: "closer";
  '_channel_type'?: "channel_type";
  '_funding_fee_paid_msat'?: "funding_fee_paid_msat";
  '_funding_fee_rcvd_msat'?: "funding_fee_rcvd_msat";
  '_funding_pushed_msat'?: "funding_pushed_msat";
  '_last_commitment_txid'?: "last_commitment_txid";
  '_last_commitment_fee_msat'?: "last_commitment_fee_msat";
  '_last_stable_connection'?: "last_stable_connection";
  '_funding_psbt'?: "funding_psbt";
  '_funding_withheld'?: "funding_withheld";
}
