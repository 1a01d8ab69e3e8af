// Original file: proto/greenhouse.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GatewayMessage as _greenhouse_GatewayMessage, GatewayMessage__Output as _greenhouse_GatewayMessage__Output } from '../greenhouse/GatewayMessage.ts';
import type { SchedulerCommand as _greenhouse_SchedulerCommand, SchedulerCommand__Output as _greenhouse_SchedulerCommand__Output } from '../greenhouse/SchedulerCommand.ts';

export interface GatewaysClient extends grpc.Client {
  Connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  Connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand__Output>;
  
}

export interface GatewaysHandlers extends grpc.UntypedServiceImplementation {
  Connect: grpc.handleBidiStreamingCall<_greenhouse_GatewayMessage__Output, _greenhouse_SchedulerCommand>;
  
}

export interface GatewaysDefinition extends grpc.ServiceDefinition {
  Connect: MethodDefinition<_greenhouse_GatewayMessage, _greenhouse_SchedulerCommand, _greenhouse_GatewayMessage__Output, _greenhouse_SchedulerCommand__Output>
}
