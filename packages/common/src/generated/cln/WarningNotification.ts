// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_WarningNotification_WarningLevel = {
  WARN: 'WARN',
  ERROR: 'ERROR',
} as const;

export type _cln_WarningNotification_WarningLevel =
  | 'WARN'
  | 0
  | 'ERROR'
  | 1

export type _cln_WarningNotification_WarningLevel__Output = typeof _cln_WarningNotification_WarningLevel[keyof typeof _cln_WarningNotification_WarningLevel]

export interface WarningNotification {
  'level'?: (_cln_WarningNotification_WarningLevel);
  'time'?: (string);
  'timestamp'?: (string);
  'source'?: (string);
  'log'?: (string);
}

export interface WarningNotification__Output {
  'level': (_cln_WarningNotification_WarningLevel__Output);
  'time': (string);
  'timestamp': (string);
  'source': (string);
  'log': (string);
}
