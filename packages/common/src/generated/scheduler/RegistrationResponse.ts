// Original file: proto/scheduler.proto


export interface RegistrationResponse {
  'device_cert'?: (string);
  'device_key'?: (string);
  'rune'?: (string);
  'creds'?: (Buffer | Uint8Array | string);
}

export interface RegistrationResponse__Output {
  'device_cert': (string);
  'device_key': (string);
  'rune': (string);
  'creds': (Buffer);
}
