// Original file: proto/node.proto


export interface WaitanyinvoicePaidOutpoint {
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
}

export interface WaitanyinvoicePaidOutpoint__Output {
  'txid': (Buffer);
  'outnum': (number);
}
