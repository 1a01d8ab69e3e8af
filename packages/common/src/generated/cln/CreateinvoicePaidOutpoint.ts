// Original file: proto/node.proto


export interface CreateinvoicePaidOutpoint {
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
}

export interface CreateinvoicePaidOutpoint__Output {
  'txid': (Buffer);
  'outnum': (number);
}
