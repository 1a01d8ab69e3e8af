// Original file: proto/node.proto


export interface ListconfigsConfigsPlugin {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsPlugin__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
