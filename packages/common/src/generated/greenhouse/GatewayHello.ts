// Original file: proto/greenhouse.proto


export interface GatewayHello {
  'gateway_id'?: (string);
  'grpc_uri'?: (string);
  'capacity'?: (number);
  'running_nodes'?: (Buffer | Uint8Array | string)[];
}

export interface GatewayHello__Output {
  'gateway_id': (string);
  'grpc_uri': (string);
  'capacity': (number);
  'running_nodes': (Buffer)[];
}
