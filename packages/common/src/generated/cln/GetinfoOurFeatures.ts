// Original file: proto/node.proto


export interface GetinfoOurFeatures {
  'init'?: (Buffer | Uint8Array | string);
  'node'?: (Buffer | Uint8Array | string);
  'channel'?: (Buffer | Uint8Array | string);
  'invoice'?: (Buffer | Uint8Array | string);
}

export interface GetinfoOurFeatures__Output {
  'init': (Buffer);
  'node': (Buffer);
  'channel': (Buffer);
  'invoice': (Buffer);
}
