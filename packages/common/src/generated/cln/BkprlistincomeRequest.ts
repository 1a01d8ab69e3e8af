// Original file: proto/node.proto


export interface BkprlistincomeRequest {
  'consolidate_fees'?: (boolean);
  'start_time'?: (number);
  'end_time'?: (number);
  '_consolidate_fees'?: "consolidate_fees";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}

export interface BkprlistincomeRequest__Output {
  'consolidate_fees'?: (boolean);
  'start_time'?: (number);
  'end_time'?: (number);
  '_consolidate_fees'?: "consolidate_fees";
  '_start_time'?: "start_time";
  '_end_time'?: "end_time";
}
