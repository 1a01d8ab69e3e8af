// Original file: proto/scheduler.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from '../greenlight/Empty.ts';
import type { SignerRejection as _scheduler_SignerRejection, SignerRejection__Output as _scheduler_SignerRejection__Output } from '../scheduler/SignerRejection.ts';

export interface DebugClient extends grpc.Client {
  ReportSignerRejection(argument: _scheduler_SignerRejection, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ReportSignerRejection(argument: _scheduler_SignerRejection, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ReportSignerRejection(argument: _scheduler_SignerRejection, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  ReportSignerRejection(argument: _scheduler_SignerRejection, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  reportSignerRejection(argument: _scheduler_SignerRejection, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  reportSignerRejection(argument: _scheduler_SignerRejection, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  reportSignerRejection(argument: _scheduler_SignerRejection, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  reportSignerRejection(argument: _scheduler_SignerRejection, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  
}

export interface DebugHandlers extends grpc.UntypedServiceImplementation {
  ReportSignerRejection: grpc.handleUnaryCall<_scheduler_SignerRejection__Output, _greenlight_Empty>;
  
}

export interface DebugDefinition extends grpc.ServiceDefinition {
  ReportSignerRejection: MethodDefinition<_scheduler_SignerRejection, _greenlight_Empty, _scheduler_SignerRejection__Output, _greenlight_Empty__Output>
}
