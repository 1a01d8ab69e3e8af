// Original file: proto/node.proto

import type { ChannelState as _cln_ChannelState, ChannelState__Output as _cln_ChannelState__Output } from '../cln/ChannelState.ts';

// Original file: proto/node.proto

export const _cln_ChannelStateChangedNotification_ChannelStateChangedCause = {
  UNKNOWN: 'UNKNOWN',
  LOCAL: 'LOCAL',
  USER: 'USER',
  REMOTE: 'REMOTE',
  PROTOCOL: 'PROTOCOL',
  ONCHAIN: 'ONCHAIN',
} as const;

export type _cln_ChannelStateChangedNotification_ChannelStateChangedCause =
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

export type _cln_ChannelStateChangedNotification_ChannelStateChangedCause__Output = typeof _cln_ChannelStateChangedNotification_ChannelStateChangedCause[keyof typeof _cln_ChannelStateChangedNotification_ChannelStateChangedCause]

export interface ChannelStateChangedNotification {
  'peer_id'?: (Buffer | Uint8Array | string);
  'channel_id'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'timestamp'?: (string);
  'old_state'?: (_cln_ChannelState);
  'new_state'?: (_cln_ChannelState);
  'cause'?: (_cln_ChannelStateChangedNotification_ChannelStateChangedCause);
  'message'?: (string);
  '_short_channel_id'?: "short_channel_id";
  '_old_state'?: "old_state";
  '_message'?: "message";
}

export interface ChannelStateChangedNotification__Output {
  'peer_id': (Buffer);
  'channel_id': (Buffer);
  'short_channel_id'?: (string);
  'timestamp': (string);
  'old_state'?: (_cln_ChannelState__Output);
  'new_state': (_cln_ChannelState__Output);
  'cause': (_cln_ChannelStateChangedNotification_ChannelStateChangedCause__Output);
  'message'?: (string);
  '_short_channel_id'?: "short_channel_id";
  '_old_state'?: "old_state";
  '_message'?: "message";
}
