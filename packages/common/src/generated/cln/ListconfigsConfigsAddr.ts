// Original file: proto/node.proto


export interface ListconfigsConfigsAddr {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsAddr__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
