// Original file: proto/node.proto

import type { ChannelState as _cln_ChannelState, ChannelState__Output as _cln_ChannelState__Output } from '../cln/ChannelState.ts';

// Original file: proto/node.proto

export const _cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause = {
  UNKNOWN: 'UNKNOWN',
  LOCAL: 'LOCAL',
  USER: 'USER',
  REMOTE: 'REMOTE',
  PROTOCOL: 'PROTOCOL',
  ONCHAIN: 'ONCHAIN',
} as const;

export type _cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause =
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

export type _cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause__Output = typeof _cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause[keyof typeof _cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause]

export interface ListpeerchannelsChannelsStateChanges {
  'timestamp'?: (string);
  'old_state'?: (_cln_ChannelState);
  'new_state'?: (_cln_ChannelState);
  'cause'?: (_cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause);
  'message'?: (string);
}

export interface ListpeerchannelsChannelsStateChanges__Output {
  'timestamp': (string);
  'old_state': (_cln_ChannelState__Output);
  'new_state': (_cln_ChannelState__Output);
  'cause': (_cln_ListpeerchannelsChannelsStateChanges_ListpeerchannelsChannelsStateChangesCause__Output);
  'message': (string);
}
