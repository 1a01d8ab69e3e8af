// Original file: proto/node.proto


export interface ListconfigsConfigsDisableplugin {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsDisableplugin__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
