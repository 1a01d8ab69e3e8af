// Original file: proto/node.proto


export interface ListconfigsConfigsPlugindir {
  'values_str'?: (string)[];
  'sources'?: (string)[];
}

export interface ListconfigsConfigsPlugindir__Output {
  'values_str': (string)[];
  'sources': (string)[];
}
