// Original file: proto/greenhouse.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeviceRuneRequest as _greenhouse_DeviceRuneRequest, DeviceRuneRequest__Output as _greenhouse_DeviceRuneRequest__Output } from '../greenhouse/DeviceRuneRequest.ts';
import type { DeviceRuneResponse as _greenhouse_DeviceRuneResponse, DeviceRuneResponse__Output as _greenhouse_DeviceRuneResponse__Output } from '../greenhouse/DeviceRuneResponse.ts';
import type { GatewayMessage as _greenhouse_GatewayMessage, GatewayMessage__Output as _greenhouse_GatewayMessage__Output } from '../greenhouse/GatewayMessage.ts';
import type { SchedulerCommand as _greenhouse_SchedulerCommand, SchedulerCommand__Output as _greenhouse_SchedulerCommand__Output } from '../greenhouse/SchedulerCommand.ts';

export interface GatewaysClient extends grpc.Client {
  Connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  Connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  
  DeviceRune(argument: _greenhouse_DeviceRuneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  DeviceRune(argument: _greenhouse_DeviceRuneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  DeviceRune(argument: _greenhouse_DeviceRuneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  DeviceRune(argument: _greenhouse_DeviceRuneRequest, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  deviceRune(argument: _greenhouse_DeviceRuneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  deviceRune(argument: _greenhouse_DeviceRuneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  deviceRune(argument: _greenhouse_DeviceRuneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  deviceRune(argument: _greenhouse_DeviceRuneRequest, callback: grpc.requestCallback<_greenhouse_DeviceRuneResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface GatewaysHandlers extends grpc.UntypedServiceImplementation {
  Connect: grpc.handleBidiStreamingCall<_greenhouse_GatewayMessage__Output, _greenhouse_SchedulerCommand>;
  
  DeviceRune: grpc.handleUnaryCall<_greenhouse_DeviceRuneRequest__Output, _greenhouse_DeviceRuneResponse>;
  
}

export interface GatewaysDefinition extends grpc.ServiceDefinition {
  Connect: MethodDefinition<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand, _greenhouse_GatewayMessage__Output, _greenhouse_SchedulerCommand__Output>
  DeviceRune: MethodDefinition<_greenhouse_DeviceRuneRequest, _greenhouse_DeviceRuneResponse, _greenhouse_DeviceRuneRequest__Output, _greenhouse_DeviceRuneResponse__Output>
}
