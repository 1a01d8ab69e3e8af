// Original file: proto/node.proto


export interface MakesecretRequest {
  'hex'?: (Buffer | Uint8Array | string);
  'string'?: (string);
  '_hex'?: "hex";
  '_string'?: "string";
}

export interface MakesecretRequest__Output {
  'hex'?: (Buffer);
  'string'?: (string);
  '_hex'?: "hex";
  '_string'?: "string";
}
