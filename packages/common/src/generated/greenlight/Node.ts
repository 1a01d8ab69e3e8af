// Original file: proto/greenlight.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Custommsg as _greenlight_Custommsg, Custommsg__Output as _greenlight_Custommsg__Output } from '../greenlight/Custommsg.ts';
import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from '../greenlight/Empty.ts';
import type { GlConfig as _greenlight_GlConfig, GlConfig__Output as _greenlight_GlConfig__Output } from '../greenlight/GlConfig.ts';
import type { HsmRequest as _greenlight_HsmRequest, HsmRequest__Output as _greenlight_HsmRequest__Output } from '../greenlight/HsmRequest.ts';
import type { HsmResponse as _greenlight_HsmResponse, HsmResponse__Output as _greenlight_HsmResponse__Output } from '../greenlight/HsmResponse.ts';
import type { IncomingPayment as _greenlight_IncomingPayment, IncomingPayment__Output as _greenlight_IncomingPayment__Output } from '../greenlight/IncomingPayment.ts';
import type { LogEntry as _greenlight_LogEntry, LogEntry__Output as _greenlight_LogEntry__Output } from '../greenlight/LogEntry.ts';
import type { LspInvoiceRequest as _greenlight_LspInvoiceRequest, LspInvoiceRequest__Output as _greenlight_LspInvoiceRequest__Output } from '../greenlight/LspInvoiceRequest.ts';
import type { LspInvoiceResponse as _greenlight_LspInvoiceResponse, LspInvoiceResponse__Output as _greenlight_LspInvoiceResponse__Output } from '../greenlight/LspInvoiceResponse.ts';
import type { NodeEvent as _greenlight_NodeEvent, NodeEvent__Output as _greenlight_NodeEvent__Output } from '../greenlight/NodeEvent.ts';
import type { NodeEventsRequest as _greenlight_NodeEventsRequest, NodeEventsRequest__Output as _greenlight_NodeEventsRequest__Output } from '../greenlight/NodeEventsRequest.ts';
import type { StreamCustommsgRequest as _greenlight_StreamCustommsgRequest, StreamCustommsgRequest__Output as _greenlight_StreamCustommsgRequest__Output } from '../greenlight/StreamCustommsgRequest.ts';
import type { StreamIncomingFilter as _greenlight_StreamIncomingFilter, StreamIncomingFilter__Output as _greenlight_StreamIncomingFilter__Output } from '../greenlight/StreamIncomingFilter.ts';
import type { StreamLogRequest as _greenlight_StreamLogRequest, StreamLogRequest__Output as _greenlight_StreamLogRequest__Output } from '../greenlight/StreamLogRequest.ts';
import type { TrampolinePayRequest as _greenlight_TrampolinePayRequest, TrampolinePayRequest__Output as _greenlight_TrampolinePayRequest__Output } from '../greenlight/TrampolinePayRequest.ts';
import type { TrampolinePayResponse as _greenlight_TrampolinePayResponse, TrampolinePayResponse__Output as _greenlight_TrampolinePayResponse__Output } from '../greenlight/TrampolinePayResponse.ts';

export interface NodeClient extends grpc.Client {
  Configure(argument: _greenlight_GlConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  Configure(argument: _greenlight_GlConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  Configure(argument: _greenlight_GlConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  Configure(argument: _greenlight_GlConfig, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  configure(argument: _greenlight_GlConfig, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  configure(argument: _greenlight_GlConfig, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  configure(argument: _greenlight_GlConfig, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  configure(argument: _greenlight_GlConfig, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  
  LspInvoice(argument: _greenlight_LspInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  LspInvoice(argument: _greenlight_LspInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  LspInvoice(argument: _greenlight_LspInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  LspInvoice(argument: _greenlight_LspInvoiceRequest, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  lspInvoice(argument: _greenlight_LspInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  lspInvoice(argument: _greenlight_LspInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  lspInvoice(argument: _greenlight_LspInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  lspInvoice(argument: _greenlight_LspInvoiceRequest, callback: grpc.requestCallback<_greenlight_LspInvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  RespondHsmRequest(argument: _greenlight_HsmResponse, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  RespondHsmRequest(argument: _greenlight_HsmResponse, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  RespondHsmRequest(argument: _greenlight_HsmResponse, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  RespondHsmRequest(argument: _greenlight_HsmResponse, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  respondHsmRequest(argument: _greenlight_HsmResponse, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  respondHsmRequest(argument: _greenlight_HsmResponse, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  respondHsmRequest(argument: _greenlight_HsmResponse, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  respondHsmRequest(argument: _greenlight_HsmResponse, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  
  StreamCustommsg(argument: _greenlight_StreamCustommsgRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_Custommsg__Output>;
  StreamCustommsg(argument: _greenlight_StreamCustommsgRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_Custommsg__Output>;
  streamCustommsg(argument: _greenlight_StreamCustommsgRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_Custommsg__Output>;
  streamCustommsg(argument: _greenlight_StreamCustommsgRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_Custommsg__Output>;
  
  StreamHsmRequests(argument: _greenlight_Empty, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_HsmRequest__Output>;
  StreamHsmRequests(argument: _greenlight_Empty, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_HsmRequest__Output>;
  streamHsmRequests(argument: _greenlight_Empty, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_HsmRequest__Output>;
  streamHsmRequests(argument: _greenlight_Empty, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_HsmRequest__Output>;
  
  StreamIncoming(argument: _greenlight_StreamIncomingFilter, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_IncomingPayment__Output>;
  StreamIncoming(argument: _greenlight_StreamIncomingFilter, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_IncomingPayment__Output>;
  streamIncoming(argument: _greenlight_StreamIncomingFilter, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_IncomingPayment__Output>;
  streamIncoming(argument: _greenlight_StreamIncomingFilter, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_IncomingPayment__Output>;
  
  StreamLog(argument: _greenlight_StreamLogRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_LogEntry__Output>;
  StreamLog(argument: _greenlight_StreamLogRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_LogEntry__Output>;
  streamLog(argument: _greenlight_StreamLogRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_LogEntry__Output>;
  streamLog(argument: _greenlight_StreamLogRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_LogEntry__Output>;
  
  StreamNodeEvents(argument: _greenlight_NodeEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_NodeEvent__Output>;
  StreamNodeEvents(argument: _greenlight_NodeEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_NodeEvent__Output>;
  streamNodeEvents(argument: _greenlight_NodeEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_NodeEvent__Output>;
  streamNodeEvents(argument: _greenlight_NodeEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_greenlight_NodeEvent__Output>;
  
  TrampolinePay(argument: _greenlight_TrampolinePayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  TrampolinePay(argument: _greenlight_TrampolinePayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  TrampolinePay(argument: _greenlight_TrampolinePayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  TrampolinePay(argument: _greenlight_TrampolinePayRequest, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  trampolinePay(argument: _greenlight_TrampolinePayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  trampolinePay(argument: _greenlight_TrampolinePayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  trampolinePay(argument: _greenlight_TrampolinePayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  trampolinePay(argument: _greenlight_TrampolinePayRequest, callback: grpc.requestCallback<_greenlight_TrampolinePayResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NodeHandlers extends grpc.UntypedServiceImplementation {
  Configure: grpc.handleUnaryCall<_greenlight_GlConfig__Output, _greenlight_Empty>;
  
  LspInvoice: grpc.handleUnaryCall<_greenlight_LspInvoiceRequest__Output, _greenlight_LspInvoiceResponse>;
  
  RespondHsmRequest: grpc.handleUnaryCall<_greenlight_HsmResponse__Output, _greenlight_Empty>;
  
  StreamCustommsg: grpc.handleServerStreamingCall<_greenlight_StreamCustommsgRequest__Output, _greenlight_Custommsg>;
  
  StreamHsmRequests: grpc.handleServerStreamingCall<_greenlight_Empty__Output, _greenlight_HsmRequest>;
  
  StreamIncoming: grpc.handleServerStreamingCall<_greenlight_StreamIncomingFilter__Output, _greenlight_IncomingPayment>;
  
  StreamLog: grpc.handleServerStreamingCall<_greenlight_StreamLogRequest__Output, _greenlight_LogEntry>;
  
  StreamNodeEvents: grpc.handleServerStreamingCall<_greenlight_NodeEventsRequest__Output, _greenlight_NodeEvent>;
  
  TrampolinePay: grpc.handleUnaryCall<_greenlight_TrampolinePayRequest__Output, _greenlight_TrampolinePayResponse>;
  
}

export interface NodeDefinition extends grpc.ServiceDefinition {
  Configure: MethodDefinition<_greenlight_GlConfig, _greenlight_Empty, _greenlight_GlConfig__Output, _greenlight_Empty__Output>
  LspInvoice: MethodDefinition<_greenlight_LspInvoiceRequest, _greenlight_LspInvoiceResponse, _greenlight_LspInvoiceRequest__Output, _greenlight_LspInvoiceResponse__Output>
  RespondHsmRequest: MethodDefinition<_greenlight_HsmResponse, _greenlight_Empty, _greenlight_HsmResponse__Output, _greenlight_Empty__Output>
  StreamCustommsg: MethodDefinition<_greenlight_StreamCustommsgRequest, _greenlight_Custommsg, _greenlight_StreamCustommsgRequest__Output, _greenlight_Custommsg__Output>
  StreamHsmRequests: MethodDefinition<_greenlight_Empty, _greenlight_HsmRequest, _greenlight_Empty__Output, _greenlight_HsmRequest__Output>
  StreamIncoming: MethodDefinition<_greenlight_StreamIncomingFilter, _greenlight_IncomingPayment, _greenlight_StreamIncomingFilter__Output, _greenlight_IncomingPayment__Output>
  StreamLog: MethodDefinition<_greenlight_StreamLogRequest, _greenlight_LogEntry, _greenlight_StreamLogRequest__Output, _greenlight_LogEntry__Output>
  StreamNodeEvents: MethodDefinition<_greenlight_NodeEventsRequest, _greenlight_NodeEvent, _greenlight_NodeEventsRequest__Output, _greenlight_NodeEvent__Output>
  TrampolinePay: MethodDefinition<_greenlight_TrampolinePayRequest, _greenlight_TrampolinePayResponse, _greenlight_TrampolinePayRequest__Output, _greenlight_TrampolinePayResponse__Output>
}
