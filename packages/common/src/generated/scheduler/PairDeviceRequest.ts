// Original file: proto/scheduler.proto


export interface PairDeviceRequest {
  'device_id'?: (string);
  'csr'?: (Buffer | Uint8Array | string);
  'device_name'?: (string);
  'description'?: (string);
  'restrictions'?: (string);
}

export interface PairDeviceRequest__Output {
  'device_id': (string);
  'csr': (Buffer);
  'device_name': (string);
  'description': (string);
  'restrictions': (string);
}
