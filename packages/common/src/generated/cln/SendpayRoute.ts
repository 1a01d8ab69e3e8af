// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface SendpayRoute {
  'id'?: (Buffer | Uint8Array | string);
  'delay'?: (number);
  'channel'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'short_channel_id_dir'?: (string);
  'node_id_out'?: (Buffer | Uint8Array | string);
  'amount_out_msat'?: (_cln_Amount | null);
  'cltv_out'?: (number);
  '_id'?: "id";
  '_delay'?: "delay";
  '_channel'?: "channel";
  '_amount_msat'?: "amount_msat";
  '_short_channel_id_dir'?: "short_channel_id_dir";
  '_node_id_out'?: "node_id_out";
  '_amount_out_msat'?: "amount_out_msat";
  '_cltv_out'?: "cltv_out";
}

export interface SendpayRoute__Output {
  'id'?: (Buffer);
  'delay'?: (number);
  'channel'?: (string);
  'amount_msat'?: (_cln_Amount__Output | null);
  'short_channel_id_dir'?: (string);
  'node_id_out'?: (Buffer);
  'amount_out_msat'?: (_cln_Amount__Output | null);
  'cltv_out'?: (number);
  '_id'?: "id";
  '_delay'?: "delay";
  '_channel'?: "channel";
  '_amount_msat'?: "amount_msat";
  '_short_channel_id_dir'?: "short_channel_id_dir";
  '_node_id_out'?: "node_id_out";
  '_amount_out_msat'?: "amount_out_msat";
  '_cltv_out'?: "cltv_out";
}
