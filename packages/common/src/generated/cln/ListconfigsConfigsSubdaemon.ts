// Original file: proto/node.proto


export interface ListconfigsConfigsSubdaemon {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsSubdaemon__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
