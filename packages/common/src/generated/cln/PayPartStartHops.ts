// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface PayPartStartHops {
  'next_node'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'direction'?: (number);
  'channel_in_msat'?: (_cln_Amount | null);
  'channel_out_msat'?: (_cln_Amount | null);
}

export interface PayPartStartHops__Output {
  'next_node': (Buffer);
  'short_channel_id': (string);
  'direction': (number);
  'channel_in_msat': (_cln_Amount__Output | null);
  'channel_out_msat': (_cln_Amount__Output | null);
}
