// Original file: proto/node.proto


export interface ListconfigsConfigsRgb {
  'value_str'?: (Buffer | Uint8Array | string);
  'source'?: (string);
}

export interface ListconfigsConfigsRgb__Output {
  'value_str': (Buffer);
  'source': (string);
}
