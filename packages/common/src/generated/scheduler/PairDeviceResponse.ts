// Original file: proto/scheduler.proto


export interface PairDeviceResponse {
  'device_id'?: (string);
  'device_cert'?: (string);
  'device_key'?: (string);
  'rune'?: (string);
  'creds'?: (Buffer | Uint8Array | string);
}

export interface PairDeviceResponse__Output {
  'device_id': (string);
  'device_cert': (string);
  'device_key': (string);
  'rune': (string);
  'creds': (Buffer);
}
