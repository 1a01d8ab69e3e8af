// Original file: proto/greenhouse.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DenyPairingRequest as _greenhouse_DenyPairingRequest, DenyPairingRequest__Output as _greenhouse_DenyPairingRequest__Output } from '../greenhouse/DenyPairingRequest.ts';
import type { DenyPairingResponse as _greenhouse_DenyPairingResponse, DenyPairingResponse__Output as _greenhouse_DenyPairingResponse__Output } from '../greenhouse/DenyPairingResponse.ts';

export interface PairingClient extends grpc.Client {
  DenyPairing(argument: _greenhouse_DenyPairingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  DenyPairing(argument: _greenhouse_DenyPairingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  DenyPairing(argument: _greenhouse_DenyPairingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  DenyPairing(argument: _greenhouse_DenyPairingRequest, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  denyPairing(argument: _greenhouse_DenyPairingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  denyPairing(argument: _greenhouse_DenyPairingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  denyPairing(argument: _greenhouse_DenyPairingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  denyPairing(argument: _greenhouse_DenyPairingRequest, callback: grpc.requestCallback<_greenhouse_DenyPairingResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PairingHandlers extends grpc.UntypedServiceImplementation {
  DenyPairing: grpc.handleUnaryCall<_greenhouse_DenyPairingRequest__Output, _greenhouse_DenyPairingResponse>;
  
}

export interface PairingDefinition extends grpc.ServiceDefinition {
  DenyPairing: MethodDefinition<_greenhouse_DenyPairingRequest, _greenhouse_DenyPairingResponse, _greenhouse_DenyPairingRequest__Output, _greenhouse_DenyPairingResponse__Output>
}
