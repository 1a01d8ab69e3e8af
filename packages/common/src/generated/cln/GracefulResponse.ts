// Original file: proto/node.proto


export interface GracefulResponse {
  'pending_htlc_expiries'?: (number)[];
  'pending_peers'?: (Buffer | Uint8Array | string)[];
}

export interface GracefulResponse__Output {
  'pending_htlc_expiries': (number)[];
  'pending_peers': (Buffer)[];
}
