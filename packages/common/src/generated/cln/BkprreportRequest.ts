// Original file: proto/node.proto


export interface BkprreportRequest {
  'format'?: (string);
  'headers'?: (string)[];
  'escape'?: (string);
  'start_time'?: (number);
  'end_time'?: (number);
  '_format'?: "format";
  '_escape'?: "escape";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}

export interface BkprreportRequest__Output {
  'format'?: (string);
  'headers': (string)[];
  'escape'?: (string);
  'start_time'?: (number);
  'end_time'?: (number);
  '_format'?: "format";
  '_escape'?: "escape";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}
