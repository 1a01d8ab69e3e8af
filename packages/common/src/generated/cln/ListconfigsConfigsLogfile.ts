// Original file: proto/node.proto


export interface ListconfigsConfigsLogfile {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsLogfile__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
