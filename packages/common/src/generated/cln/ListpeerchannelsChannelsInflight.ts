// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListpeerchannelsChannelsInflight {
  'funding_txid'?: (Buffer | Uint8Array | string);
  'funding_outnum'?: (number);
  'feerate'?: (string);
  'total_funding_msat'?: (_cln_Amount | null);
  'our_funding_msat'?: (_cln_Amount | null);
  'scratch_txid'?: (Buffer | Uint8Array | string);
  'splice_amount'?: (number | string | Long);
  '_scratch_txid'?: "scratch_txid";
}

export interface ListpeerchannelsChannelsInflight__Output {
  'funding_txid': (Buffer);
  'funding_outnum': (number);
  'feerate': (string);
  'total_funding_msat': (_cln_Amount__Output | null);
  'our_funding_msat': (_cln_Amount__Output | null);
  'scratch_txid'?: (Buffer);
  'splice_amount': (string);
  '_scratch_txid'?: "scratch_txid";
}
