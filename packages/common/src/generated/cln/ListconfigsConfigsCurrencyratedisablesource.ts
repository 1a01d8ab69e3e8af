// Original file: proto/node.proto


export interface ListconfigsConfigsCurrencyratedisablesource {
  'values_str'?: (string)[];
  'sources'?: (string)[];
  'plugin'?: (string);
  '_plugin'?: "plugin";
}

export interface ListconfigsConfigsCurrencyratedisablesource__Output {
  'values_str': (string)[];
  'sources': (string)[];
  'plugin'?: (string);
  '_plugin'?: "plugin";
}
