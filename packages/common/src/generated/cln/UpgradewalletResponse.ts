// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface UpgradewalletResponse {
  'upgraded_outs'?: (number | string | Long);
  'psbt'?: (string);
  'tx'?: (Buffer | Uint8Array | string);
  'txid'?: (Buffer | Uint8Array | string);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}

export interface UpgradewalletResponse__Output {
  'upgraded_outs': (string);
  'psbt'?: (string);
  'tx'?: (Buffer);
  'txid'?: (Buffer);
  '_psbt'?: "psbt";
  '_tx'?: "tx";
  '_txid'?: "txid";
}
