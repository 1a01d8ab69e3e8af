// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr = {
  TRUE: 'TRUE',
  FALSE: 'FALSE',
  AUTO: 'AUTO',
} as const;

export type _cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr =
  | 'TRUE'
  | 0
  | 'FALSE'
  | 1
  | 'AUTO'
  | 2

export type _cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr__Output = typeof _cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr[keyof typeof _cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr]

export interface ListconfigsConfigsAnnounceaddrdiscovered {
  'value_str'?: (_cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr);
  'source'?: (string);
}

export interface ListconfigsConfigsAnnounceaddrdiscovered__Output {
  'value_str': (_cln_ListconfigsConfigsAnnounceaddrdiscovered_ListconfigsConfigsAnnounceaddrdiscoveredValueStr__Output);
  'source': (string);
}
