// Original file: proto/node.proto


export interface ListinvoicesInvoicesPaidOutpoint {
  'txid'?: (Buffer | Uint8Array | string);
  'outnum'?: (number);
}

export interface ListinvoicesInvoicesPaidOutpoint__Output {
  'txid': (Buffer);
  'outnum': (number);
}
