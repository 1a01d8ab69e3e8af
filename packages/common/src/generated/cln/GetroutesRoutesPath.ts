// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface GetroutesRoutesPath {
  'amount_msat'?: (_cln_Amount | null);
  'next_node_id'?: (Buffer | Uint8Array | string);
  'delay'?: (number);
  'short_channel_id_dir'?: (string);
  'amount_in_msat'?: (_cln_Amount | null);
  'amount_out_msat'?: (_cln_Amount | null);
  'node_id_in'?: (Buffer | Uint8Array | string);
  'node_id_out'?: (Buffer | Uint8Array | string);
  'cltv_in'?: (number);
  'cltv_out'?: (number);
  '_amount_msat'?: "amount_msat";
  '_next_node_id'?: "next_node_id";
  '_delay'?: "delay";
  '_amount_in_msat'?: "amount_in_msat";
  '_amount_out_msat'?: "amount_out_msat";
  '_node_id_in'?: "node_id_in";
  '_node_id_out'?: "node_id_out";
  '_cltv_in'?: "cltv_in";
  '_cltv_out'?: "cltv_out";
}

export interface GetroutesRoutesPath__Output {
  'amount_msat'?: (_cln_Amount__Output | null);
  'next_node_id'?: (Buffer);
  'delay'?: (number);
  'short_channel_id_dir': (string);
  'amount_in_msat'?: (_cln_Amount__Output | null);
  'amount_out_msat'?: (_cln_Amount__Output | null);
  'node_id_in'?: (Buffer);
  'node_id_out'?: (Buffer);
  'cltv_in'?: (number);
  'cltv_out'?: (number);
  '_amount_msat'?: "amount_msat";
  '_next_node_id'?: "next_node_id";
  '_delay'?: "delay";
  '_amount_in_msat'?: "amount_in_msat";
  '_amount_out_msat'?: "amount_out_msat";
  '_node_id_in'?: "node_id_in";
  '_node_id_out'?: "node_id_out";
  '_cltv_in'?: "cltv_in";
  '_cltv_out'?: "cltv_out";
}
