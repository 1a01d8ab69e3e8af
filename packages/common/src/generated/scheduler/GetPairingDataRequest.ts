// Original file: proto/scheduler.proto


export interface GetPairingDataRequest {
  'device_id'?: (string);
}

export interface GetPairingDataRequest__Output {
  'device_id': (string);
}
