// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_LogNotification_LogLevel = {
  IO: 'IO',
  TRACE: 'TRACE',
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  UNUSUAL: 'UNUSUAL',
  BROKEN: 'BROKEN',
} as const;

export type _cln_LogNotification_LogLevel =
  | 'IO'
  | 0
  | 'TRACE'
  | 1
  | 'DEBUG'
  | 2
  | 'INFO'
  | 3
  | 'UNUSUAL'
  | 4
  | 'BROKEN'
  | 5

export type _cln_LogNotification_LogLevel__Output = typeof _cln_LogNotification_LogLevel[keyof typeof _cln_LogNotification_LogLevel]

export interface LogNotification {
  'level'?: (_cln_LogNotification_LogLevel);
  'time'?: (string);
  'timestamp'?: (string);
  'source'?: (string);
  'log'?: (string);
}

export interface LogNotification__Output {
  'level': (_cln_LogNotification_LogLevel__Output);
  'time': (string);
  'timestamp': (string);
  'source': (string);
  'log': (string);
}
