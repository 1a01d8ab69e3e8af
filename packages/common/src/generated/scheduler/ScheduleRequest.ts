// Original file: proto/scheduler.proto


export interface ScheduleRequest {
  'node_id'?: (Buffer | Uint8Array | string);
}

export interface ScheduleRequest__Output {
  'node_id': (Buffer);
}
