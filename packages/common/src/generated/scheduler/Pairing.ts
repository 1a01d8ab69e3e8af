// Original file: proto/scheduler.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApprovePairingRequest as _scheduler_ApprovePairingRequest, ApprovePairingRequest__Output as _scheduler_ApprovePairingRequest__Output } from '../scheduler/ApprovePairingRequest.ts';
import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from '../greenlight/Empty.ts';
import type { GetPairingDataRequest as _scheduler_GetPairingDataRequest, GetPairingDataRequest__Output as _scheduler_GetPairingDataRequest__Output } from '../scheduler/GetPairingDataRequest.ts';
import type { GetPairingDataResponse as _scheduler_GetPairingDataResponse, GetPairingDataResponse__Output as _scheduler_GetPairingDataResponse__Output } from '../scheduler/GetPairingDataResponse.ts';
import type { PairDeviceRequest as _scheduler_PairDeviceRequest, PairDeviceRequest__Output as _scheduler_PairDeviceRequest__Output } from '../scheduler/PairDeviceRequest.ts';
import type { PairDeviceResponse as _scheduler_PairDeviceResponse, PairDeviceResponse__Output as _scheduler_PairDeviceResponse__Output } from '../scheduler/PairDeviceResponse.ts';

export interface PairingClient extends grpc.Client {
  ApprovePairing(argument: _scheduler_ApprovePairingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ApprovePairing(argument: _scheduler_ApprovePairingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ApprovePairing(argument: _scheduler_ApprovePairingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ApprovePairing(argument: _scheduler_ApprovePairingRequest, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  approvePairing(argument: _scheduler_ApprovePairingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  approvePairing(argument: _scheduler_ApprovePairingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  approvePairing(argument: _scheduler_ApprovePairingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  approvePairing(argument: _scheduler_ApprovePairingRequest, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  
  GetPairingData(argument: _scheduler_GetPairingDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  GetPairingData(argument: _scheduler_GetPairingDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  GetPairingData(argument: _scheduler_GetPairingDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  GetPairingData(argument: _scheduler_GetPairingDataRequest, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  getPairingData(argument: _scheduler_GetPairingDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  getPairingData(argument: _scheduler_GetPairingDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  getPairingData(argument: _scheduler_GetPairingDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  getPairingData(argument: _scheduler_GetPairingDataRequest, callback: grpc.requestCallback<_scheduler_GetPairingDataResponse__Output>): grpc.ClientUnaryCall;
  
  PairDevice(argument: _scheduler_PairDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  PairDevice(argument: _scheduler_PairDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  PairDevice(argument: _scheduler_PairDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  PairDevice(argument: _scheduler_PairDeviceRequest, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  pairDevice(argument: _scheduler_PairDeviceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  pairDevice(argument: _scheduler_PairDeviceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  pairDevice(argument: _scheduler_PairDeviceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  pairDevice(argument: _scheduler_PairDeviceRequest, callback: grpc.requestCallback<_scheduler_PairDeviceResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PairingHandlers extends grpc.UntypedServiceImplementation {
  ApprovePairing: grpc.handleUnaryCall<_scheduler_ApprovePairingRequest__Output, _greenlight_Empty>;
  
  GetPairingData: grpc.handleUnaryCall<_scheduler_GetPairingDataRequest__Output, _scheduler_GetPairingDataResponse>;
  
  PairDevice: grpc.handleUnaryCall<_scheduler_PairDeviceRequest__Output, _scheduler_PairDeviceResponse>;
  
}

export interface PairingDefinition extends grpc.ServiceDefinition {
  ApprovePairing: MethodDefinition<_scheduler_ApprovePairingRequest, _greenlight_Empty, _scheduler_ApprovePairingRequest__Output, _greenlight_Empty__Output>
  GetPairingData: MethodDefinition<_scheduler_GetPairingDataRequest, _scheduler_GetPairingDataResponse, _scheduler_GetPairingDataRequest__Output, _scheduler_GetPairingDataResponse__Output>
  PairDevice: MethodDefinition<_scheduler_PairDeviceRequest, _scheduler_PairDeviceResponse, _scheduler_PairDeviceRequest__Output, _scheduler_PairDeviceResponse__Output>
}
