// Original file: proto/node.proto


export interface ListconfigsConfigsCurrencyrateaddsource {
  'values_str'?: (string)[];
  'sources'?: (string)[];
  'plugin'?: (string);
  '_plugin'?: "plugin";
}

export interface ListconfigsConfigsCurrencyrateaddsource__Output {
  'values_str': (string)[];
  'sources': (string)[];
  'plugin'?: (string);
  '_plugin'?: "plugin";
}
