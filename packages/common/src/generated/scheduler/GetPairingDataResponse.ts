// Original file: proto/scheduler.proto


export interface GetPairingDataResponse {
  'device_id'?: (string);
  'csr'?: (Buffer | Uint8Array | string);
  'device_name'?: (string);
  'description'?: (string);
  'restrictions'?: (string);
}

export interface GetPairingDataResponse__Output {
  'device_id': (string);
  'csr': (Buffer);
  'device_name': (string);
  'description': (string);
  'restrictions': (string);
}
