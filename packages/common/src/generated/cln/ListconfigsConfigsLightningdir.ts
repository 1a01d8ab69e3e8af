// Original file: proto/node.proto


export interface ListconfigsConfigsLightningdir {
  'value_str'?: (string);
  'source'?: (string);
}

export interface ListconfigsConfigsLightningdir__Output {
  'value_str': (string);
  'source': (string);
}
