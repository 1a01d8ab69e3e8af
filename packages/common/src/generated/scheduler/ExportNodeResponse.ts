// Original file: proto/scheduler.proto


export interface ExportNodeResponse {
  'url'?: (string);
}

export interface ExportNodeResponse__Output {
  'url': (string);
}
