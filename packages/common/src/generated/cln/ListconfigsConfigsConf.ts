// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource = {
  CMDLINE: 'CMDLINE',
} as const;

export type _cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource =
  | 'CMDLINE'
  | 0

export type _cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource__Output = typeof _cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource[keyof typeof _cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource]

export interface ListconfigsConfigsConf {
  'value_str'?: (string);
  'source'?: (_cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource);
}

export interface ListconfigsConfigsConf__Output {
  'value_str': (string);
  'source': (_cln_ListconfigsConfigsConf_ListconfigsConfigsConfSource__Output);
}
