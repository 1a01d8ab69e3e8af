// Original file: proto/node.proto


export interface BkprreportResponse {
  'report'?: (string)[];
}

export interface BkprreportResponse__Output {
  'report': (string)[];
}
