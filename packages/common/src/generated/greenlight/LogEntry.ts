// Original file: proto/greenlight.proto


export interface LogEntry {
  'line'?: (string);
}

export interface LogEntry__Output {
  'line': (string);
}
