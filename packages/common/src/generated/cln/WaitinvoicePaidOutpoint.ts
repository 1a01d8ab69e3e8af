// Original file: proto/node.proto


export interface WaitinvoicePaidOutpoint {
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
}

export interface WaitinvoicePaidOutpoint__Output {
  'txid': (Buffer);
  'outnum': (number);
}
