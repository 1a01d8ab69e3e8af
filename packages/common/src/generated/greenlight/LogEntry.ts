// Original file: /work/main/proto/greenlight.proto


export interface LogEntry {
  'line'?: (string);
}

export interface LogEntry__Output {
  'line': (string);
}
