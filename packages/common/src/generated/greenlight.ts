import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Amount as _greenlight_Amount, Amount__Output as _greenlight_Amount__Output } from './greenlight/Amount.ts';
import type { Custommsg as _greenlight_Custommsg, Custommsg__Output as _greenlight_Custommsg__Output } from './greenlight/Custommsg.ts';
import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from './greenlight/Empty.ts';
import type { GlConfig as _greenlight_GlConfig, GlConfig__Output as _greenlight_GlConfig__Output } from './greenlight/GlConfig.ts';
import type { HsmClient as _greenlight_HsmClient, HsmDefinition as _greenlight_HsmDefinition } from './greenlight/Hsm.ts';
import type { HsmRequest as _greenlight_HsmRequest, HsmRequest__Output as _greenlight_HsmRequest__Output } from './greenlight/HsmRequest.ts';
import type { HsmRequestContext as _greenlight_HsmRequestContext, HsmRequestContext__Output as _greenlight_HsmRequestContext__Output } from './greenlight/HsmRequestContext.ts';
import type { HsmResponse as _greenlight_HsmResponse, HsmResponse__Output as _greenlight_HsmResponse__Output } from './greenlight/HsmResponse.ts';
import type { IncomingPayment as _greenlight_IncomingPayment, IncomingPayment__Output as _greenlight_IncomingPayment__Output } from './greenlight/IncomingPayment.ts';
import type { InvoicePaid as _greenlight_InvoicePaid, InvoicePaid__Output as _greenlight_InvoicePaid__Output } from './greenlight/InvoicePaid.ts';
import type { LogEntry as _greenlight_LogEntry, LogEntry__Output as _greenlight_LogEntry__Output } from './greenlight/LogEntry.ts';
import type { LspInvoiceRequest as _greenlight_LspInvoiceRequest, LspInvoiceRequest__Output as _greenlight_LspInvoiceRequest__Output } from './greenlight/LspInvoiceRequest.ts';
import type { LspInvoiceResponse as _greenlight_LspInvoiceResponse, LspInvoiceResponse__Output as _greenlight_LspInvoiceResponse__Output } from './greenlight/LspInvoiceResponse.ts';
import type { NodeClient as _greenlight_NodeClient, NodeDefinition as _greenlight_NodeDefinition } from './greenlight/Node.ts';
import type { NodeConfig as _greenlight_NodeConfig, NodeConfig__Output as _greenlight_NodeConfig__Output } from './greenlight/NodeConfig.ts';
import type { NodeEvent as _greenlight_NodeEvent, NodeEvent__Output as _greenlight_NodeEvent__Output } from './greenlight/NodeEvent.ts';
import type { NodeEventsRequest as _greenlight_NodeEventsRequest, NodeEventsRequest__Output as _greenlight_NodeEventsRequest__Output } from './greenlight/NodeEventsRequest.ts';
import type { OffChainPayment as _greenlight_OffChainPayment, OffChainPayment__Output as _greenlight_OffChainPayment__Output } from './greenlight/OffChainPayment.ts';
import type { PendingRequest as _greenlight_PendingRequest, PendingRequest__Output as _greenlight_PendingRequest__Output } from './greenlight/PendingRequest.ts';
import type { SignerStateEntry as _greenlight_SignerStateEntry, SignerStateEntry__Output as _greenlight_SignerStateEntry__Output } from './greenlight/SignerStateEntry.ts';
import type { StartupMessage as _greenlight_StartupMessage, StartupMessage__Output as _greenlight_StartupMessage__Output } from './greenlight/StartupMessage.ts';
import type { StreamCustommsgRequest as _greenlight_StreamCustommsgRequest, StreamCustommsgRequest__Output as _greenlight_StreamCustommsgRequest__Output } from './greenlight/StreamCustommsgRequest.ts';
import type { StreamIncomingFilter as _greenlight_StreamIncomingFilter, StreamIncomingFilter__Output as _greenlight_StreamIncomingFilter__Output } from './greenlight/StreamIncomingFilter.ts';
import type { StreamLogRequest as _greenlight_StreamLogRequest, StreamLogRequest__Output as _greenlight_StreamLogRequest__Output } from './greenlight/StreamLogRequest.ts';
import type { TlvField as _greenlight_TlvField, TlvField__Output as _greenlight_TlvField__Output } from './greenlight/TlvField.ts';
import type { TrampolinePayRequest as _greenlight_TrampolinePayRequest, TrampolinePayRequest__Output as _greenlight_TrampolinePayRequest__Output } from './greenlight/TrampolinePayRequest.ts';
import type { TrampolinePayResponse as _greenlight_TrampolinePayResponse, TrampolinePayResponse__Output as _greenlight_TrampolinePayResponse__Output } from './greenlight/TrampolinePayResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  greenlight: {
    Amount: MessageTypeDefinition<_greenlight_Amount, _greenlight_Amount__Output>
    Custommsg: MessageTypeDefinition<_greenlight_Custommsg, _greenlight_Custommsg__Output>
    Empty: MessageTypeDefinition<_greenlight_Empty, _greenlight_Empty__Output>
    GlConfig: MessageTypeDefinition<_greenlight_GlConfig, _greenlight_GlConfig__Output>
    Hsm: SubtypeConstructor<typeof grpc.Client, _greenlight_HsmClient> & { service: _greenlight_HsmDefinition }
    HsmRequest: MessageTypeDefinition<_greenlight_HsmRequest, _greenlight_HsmRequest__Output>
    HsmRequestContext: MessageTypeDefinition<_greenlight_HsmRequestContext, _greenlight_HsmRequestContext__Output>
    HsmResponse: MessageTypeDefinition<_greenlight_HsmResponse, _greenlight_HsmResponse__Output>
    IncomingPayment: MessageTypeDefinition<_greenlight_IncomingPayment, _greenlight_IncomingPayment__Output>
    InvoicePaid: MessageTypeDefinition<_greenlight_InvoicePaid, _greenlight_InvoicePaid__Output>
    LogEntry: MessageTypeDefinition<_greenlight_LogEntry, _greenlight_LogEntry__Output>
    LspInvoiceRequest: MessageTypeDefinition<_greenlight_LspInvoiceRequest, _greenlight_LspInvoiceRequest__Output>
    LspInvoiceResponse: MessageTypeDefinition<_greenlight_LspInvoiceResponse, _greenlight_LspInvoiceResponse__Output>
    Node: SubtypeConstructor<typeof grpc.Client, _greenlight_NodeClient> & { service: _greenlight_NodeDefinition }
    NodeConfig: MessageTypeDefinition<_greenlight_NodeConfig, _greenlight_NodeConfig__Output>
    NodeEvent: MessageTypeDefinition<_greenlight_NodeEvent, _greenlight_NodeEvent__Output>
    NodeEventsRequest: MessageTypeDefinition<_greenlight_NodeEventsRequest, _greenlight_NodeEventsRequest__Output>
    OffChainPayment: MessageTypeDefinition<_greenlight_OffChainPayment, _greenlight_OffChainPayment__Output>
    PendingRequest: MessageTypeDefinition<_greenlight_PendingRequest, _greenlight_PendingRequest__Output>
    SignerStateEntry: MessageTypeDefinition<_greenlight_SignerStateEntry, _greenlight_SignerStateEntry__Output>
    StartupMessage: MessageTypeDefinition<_greenlight_StartupMessage, _greenlight_StartupMessage__Output>
    StreamCustommsgRequest: MessageTypeDefinition<_greenlight_StreamCustommsgRequest, _greenlight_StreamCustommsgRequest__Output>
    StreamIncomingFilter: MessageTypeDefinition<_greenlight_StreamIncomingFilter, _greenlight_StreamIncomingFilter__Output>
    StreamLogRequest: MessageTypeDefinition<_greenlight_StreamLogRequest, _greenlight_StreamLogRequest__Output>
    TlvField: MessageTypeDefinition<_greenlight_TlvField, _greenlight_TlvField__Output>
    TrampolinePayRequest: MessageTypeDefinition<_greenlight_TrampolinePayRequest, _greenlight_TrampolinePayRequest__Output>
    TrampolinePayResponse: MessageTypeDefinition<_greenlight_TrampolinePayResponse, _greenlight_TrampolinePayResponse__Output>
  }
}

