// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface ChannelOpenedNotification {
  'id'?: (Buffer | Uint8Array | string);
  'funding_msat'?: (_cln_Amount | null);
  'funding_txid'?: (Buffer | Uint8Array | string);
  'channel_ready'?: (boolean);
}

export interface ChannelOpenedNotification__Output {
  'id': (Buffer);
  'funding_msat': (_cln_Amount__Output | null);
  'funding_txid': (Buffer);
  'channel_ready': (boolean);
}
