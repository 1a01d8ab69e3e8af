// Original file: proto/node.proto


export interface ListtransactionsTransactionsInputs {
  'txid'?: (Buffer | Uint8Array | string);
  'index'?: (number);
  'sequence'?: (number);
}

export interface ListtransactionsTransactionsInputs__Output {
  'txid': (Buffer);
  'index': (number);
  'sequence': (number);
}
