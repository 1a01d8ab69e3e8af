// Original file: proto/node.proto


export interface ListconfigsConfigsImportantplugin {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsImportantplugin__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
