// Original file: proto/node.proto


export interface BkpreditdescriptionbyoutpointRequest {
  'outpoint'?: (string);
  'description'?: (string);
}

export interface BkpreditdescriptionbyoutpointRequest__Output {
  'outpoint': (string);
  'description': (string);
}
