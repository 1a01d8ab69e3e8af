// Original file: proto/node.proto


export interface ListconfigsConfigsBindaddr {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsBindaddr__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
