// Original file: proto/node.proto


export interface DecodeInvoiceFallbacks {
  'version'?: (number);
  'hex'?: (Buffer | Uint8Array | string);
  'address'?: (string);
  '_address'?: "address";
}

export interface DecodeInvoiceFallbacks__Output {
  'version': (number);
  'hex': (Buffer);
  'address'?: (string);
  '_address'?: "address";
}
