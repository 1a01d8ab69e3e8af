import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CommandFailed as _greenhouse_CommandFailed, CommandFailed__Output as _greenhouse_CommandFailed__Output } from './greenhouse/CommandFailed.ts';
import type { DenyPairingRequest as _greenhouse_DenyPairingRequest, DenyPairingRequest__Output as _greenhouse_DenyPairingRequest__Output } from './greenhouse/DenyPairingRequest.ts';
import type { DenyPairingResponse as _greenhouse_DenyPairingResponse, DenyPairingResponse__Output as _greenhouse_DenyPairingResponse__Output } from './greenhouse/DenyPairingResponse.ts';
import type { DeviceRuneRequest as _greenhouse_DeviceRuneRequest, DeviceRuneRequest__Output as _greenhouse_DeviceRuneRequest__Output } from './greenhouse/DeviceRuneRequest.ts';
import type { DeviceRuneResponse as _greenhouse_DeviceRuneResponse, DeviceRuneResponse__Output as _greenhouse_DeviceRuneResponse__Output } from './greenhouse/DeviceRuneResponse.ts';
import type { GatewayHello as _greenhouse_GatewayHello, GatewayHello__Output as _greenhouse_GatewayHello__Output } from './greenhouse/GatewayHello.ts';
import type { GatewayLoad as _greenhouse_GatewayLoad, GatewayLoad__Output as _greenhouse_GatewayLoad__Output } from './greenhouse/GatewayLoad.ts';
import type { GatewayMessage as _greenhouse_GatewayMessage, GatewayMessage__Output as _greenhouse_GatewayMessage__Output } from './greenhouse/GatewayMessage.ts';
import type { GatewaysClient as _greenhouse_GatewaysClient, GatewaysDefinition as _greenhouse_GatewaysDefinition } from './greenhouse/Gateways.ts';
import type { NodeStarted as _greenhouse_NodeStarted, NodeStarted__Output as _greenhouse_NodeStarted__Output } from './greenhouse/NodeStarted.ts';
import type { NodeStopped as _greenhouse_NodeStopped, NodeStopped__Output as _greenhouse_NodeStopped__Output } from './greenhouse/NodeStopped.ts';
import type { PairingClient as _greenhouse_PairingClient, PairingDefinition as _greenhouse_PairingDefinition } from './greenhouse/Pairing.ts';
import type { SchedulerCommand as _greenhouse_SchedulerCommand, SchedulerCommand__Output as _greenhouse_SchedulerCommand__Output } from './greenhouse/SchedulerCommand.ts';
import type { StartNode as _greenhouse_StartNode, StartNode__Output as _greenhouse_StartNode__Output } from './greenhouse/StartNode.ts';
import type { StopNode as _greenhouse_StopNode, StopNode__Output as _greenhouse_StopNode__Output } from './greenhouse/StopNode.ts';
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
import type { AddOutgoingWebhookRequest as _scheduler_AddOutgoingWebhookRequest, AddOutgoingWebhookRequest__Output as _scheduler_AddOutgoingWebhookRequest__Output } from './scheduler/AddOutgoingWebhookRequest.ts';
import type { AddOutgoingWebhookResponse as _scheduler_AddOutgoingWebhookResponse, AddOutgoingWebhookResponse__Output as _scheduler_AddOutgoingWebhookResponse__Output } from './scheduler/AddOutgoingWebhookResponse.ts';
import type { ApprovePairingRequest as _scheduler_ApprovePairingRequest, ApprovePairingRequest__Output as _scheduler_ApprovePairingRequest__Output } from './scheduler/ApprovePairingRequest.ts';
import type { ApprovePairingResponse as _scheduler_ApprovePairingResponse, ApprovePairingResponse__Output as _scheduler_ApprovePairingResponse__Output } from './scheduler/ApprovePairingResponse.ts';
import type { ChallengeRequest as _scheduler_ChallengeRequest, ChallengeRequest__Output as _scheduler_ChallengeRequest__Output } from './scheduler/ChallengeRequest.ts';
import type { ChallengeResponse as _scheduler_ChallengeResponse, ChallengeResponse__Output as _scheduler_ChallengeResponse__Output } from './scheduler/ChallengeResponse.ts';
import type { DebugClient as _scheduler_DebugClient, DebugDefinition as _scheduler_DebugDefinition } from './scheduler/Debug.ts';
import type { DeleteOutgoingWebhooksRequest as _scheduler_DeleteOutgoingWebhooksRequest, DeleteOutgoingWebhooksRequest__Output as _scheduler_DeleteOutgoingWebhooksRequest__Output } from './scheduler/DeleteOutgoingWebhooksRequest.ts';
import type { ExportNodeRequest as _scheduler_ExportNodeRequest, ExportNodeRequest__Output as _scheduler_ExportNodeRequest__Output } from './scheduler/ExportNodeRequest.ts';
import type { ExportNodeResponse as _scheduler_ExportNodeResponse, ExportNodeResponse__Output as _scheduler_ExportNodeResponse__Output } from './scheduler/ExportNodeResponse.ts';
import type { GetPairingDataRequest as _scheduler_GetPairingDataRequest, GetPairingDataRequest__Output as _scheduler_GetPairingDataRequest__Output } from './scheduler/GetPairingDataRequest.ts';
import type { GetPairingDataResponse as _scheduler_GetPairingDataResponse, GetPairingDataResponse__Output as _scheduler_GetPairingDataResponse__Output } from './scheduler/GetPairingDataResponse.ts';
import type { InviteCode as _scheduler_InviteCode, InviteCode__Output as _scheduler_InviteCode__Output } from './scheduler/InviteCode.ts';
import type { ListInviteCodesRequest as _scheduler_ListInviteCodesRequest, ListInviteCodesRequest__Output as _scheduler_ListInviteCodesRequest__Output } from './scheduler/ListInviteCodesRequest.ts';
import type { ListInviteCodesResponse as _scheduler_ListInviteCodesResponse, ListInviteCodesResponse__Output as _scheduler_ListInviteCodesResponse__Output } from './scheduler/ListInviteCodesResponse.ts';
import type { ListOutgoingWebhooksRequest as _scheduler_ListOutgoingWebhooksRequest, ListOutgoingWebhooksRequest__Output as _scheduler_ListOutgoingWebhooksRequest__Output } from './scheduler/ListOutgoingWebhooksRequest.ts';
import type { ListOutgoingWebhooksResponse as _scheduler_ListOutgoingWebhooksResponse, ListOutgoingWebhooksResponse__Output as _scheduler_ListOutgoingWebhooksResponse__Output } from './scheduler/ListOutgoingWebhooksResponse.ts';
import type { NodeInfoRequest as _scheduler_NodeInfoRequest, NodeInfoRequest__Output as _scheduler_NodeInfoRequest__Output } from './scheduler/NodeInfoRequest.ts';
import type { NodeInfoResponse as _scheduler_NodeInfoResponse, NodeInfoResponse__Output as _scheduler_NodeInfoResponse__Output } from './scheduler/NodeInfoResponse.ts';
import type { PairDeviceRequest as _scheduler_PairDeviceRequest, PairDeviceRequest__Output as _scheduler_PairDeviceRequest__Output } from './scheduler/PairDeviceRequest.ts';
import type { PairDeviceResponse as _scheduler_PairDeviceResponse, PairDeviceResponse__Output as _scheduler_PairDeviceResponse__Output } from './scheduler/PairDeviceResponse.ts';
import type { PairingClient as _scheduler_PairingClient, PairingDefinition as _scheduler_PairingDefinition } from './scheduler/Pairing.ts';
import type { RecoveryRequest as _scheduler_RecoveryRequest, RecoveryRequest__Output as _scheduler_RecoveryRequest__Output } from './scheduler/RecoveryRequest.ts';
import type { RecoveryResponse as _scheduler_RecoveryResponse, RecoveryResponse__Output as _scheduler_RecoveryResponse__Output } from './scheduler/RecoveryResponse.ts';
import type { RegistrationRequest as _scheduler_RegistrationRequest, RegistrationRequest__Output as _scheduler_RegistrationRequest__Output } from './scheduler/RegistrationRequest.ts';
import type { RegistrationResponse as _scheduler_RegistrationResponse, RegistrationResponse__Output as _scheduler_RegistrationResponse__Output } from './scheduler/RegistrationResponse.ts';
import type { RotateOutgoingWebhookSecretRequest as _scheduler_RotateOutgoingWebhookSecretRequest, RotateOutgoingWebhookSecretRequest__Output as _scheduler_RotateOutgoingWebhookSecretRequest__Output } from './scheduler/RotateOutgoingWebhookSecretRequest.ts';
import type { ScheduleRequest as _scheduler_ScheduleRequest, ScheduleRequest__Output as _scheduler_ScheduleRequest__Output } from './scheduler/ScheduleRequest.ts';
import type { SchedulerClient as _scheduler_SchedulerClient, SchedulerDefinition as _scheduler_SchedulerDefinition } from './scheduler/Scheduler.ts';
import type { SignerRejection as _scheduler_SignerRejection, SignerRejection__Output as _scheduler_SignerRejection__Output } from './scheduler/SignerRejection.ts';
import type { SignerRequest as _scheduler_SignerRequest, SignerRequest__Output as _scheduler_SignerRequest__Output } from './scheduler/SignerRequest.ts';
import type { SignerResponse as _scheduler_SignerResponse, SignerResponse__Output as _scheduler_SignerResponse__Output } from './scheduler/SignerResponse.ts';
import type { StartupMessage as _scheduler_StartupMessage, StartupMessage__Output as _scheduler_StartupMessage__Output } from './scheduler/StartupMessage.ts';
import type { UpgradeRequest as _scheduler_UpgradeRequest, UpgradeRequest__Output as _scheduler_UpgradeRequest__Output } from './scheduler/UpgradeRequest.ts';
import type { UpgradeResponse as _scheduler_UpgradeResponse, UpgradeResponse__Output as _scheduler_UpgradeResponse__Output } from './scheduler/UpgradeResponse.ts';
import type { Webhook as _scheduler_Webhook, Webhook__Output as _scheduler_Webhook__Output } from './scheduler/Webhook.ts';
import type { WebhookSecretResponse as _scheduler_WebhookSecretResponse, WebhookSecretResponse__Output as _scheduler_WebhookSecretResponse__Output } from './scheduler/WebhookSecretResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  greenhouse: {
    CommandFailed: MessageTypeDefinition<_greenhouse_CommandFailed, _greenhouse_CommandFailed__Output>
    DenyPairingRequest: MessageTypeDefinition<_greenhouse_DenyPairingRequest, _greenhouse_DenyPairingRequest__Output>
    DenyPairingResponse: MessageTypeDefinition<_greenhouse_DenyPairingResponse, _greenhouse_DenyPairingResponse__Output>
    DeviceRuneRequest: MessageTypeDefinition<_greenhouse_DeviceRuneRequest, _greenhouse_DeviceRuneRequest__Output>
    DeviceRuneResponse: MessageTypeDefinition<_greenhouse_DeviceRuneResponse, _greenhouse_DeviceRuneResponse__Output>
    GatewayHello: MessageTypeDefinition<_greenhouse_GatewayHello, _greenhouse_GatewayHello__Output>
    GatewayLoad: MessageTypeDefinition<_greenhouse_GatewayLoad, _greenhouse_GatewayLoad__Output>
    GatewayMessage: MessageTypeDefinition<_greenhouse_GatewayMessage, _greenhouse_GatewayMessage__Output>
    Gateways: SubtypeConstructor<typeof grpc.Client, _greenhouse_GatewaysClient> & { service: _greenhouse_GatewaysDefinition }
    NodeStarted: MessageTypeDefinition<_greenhouse_NodeStarted, _greenhouse_NodeStarted__Output>
    NodeStopped: MessageTypeDefinition<_greenhouse_NodeStopped, _greenhouse_NodeStopped__Output>
    Pairing: SubtypeConstructor<typeof grpc.Client, _greenhouse_PairingClient> & { service: _greenhouse_PairingDefinition }
    SchedulerCommand: MessageTypeDefinition<_greenhouse_SchedulerCommand, _greenhouse_SchedulerCommand__Output>
    StartNode: MessageTypeDefinition<_greenhouse_StartNode, _greenhouse_StartNode__Output>
    StopNode: MessageTypeDefinition<_greenhouse_StopNode, _greenhouse_StopNode__Output>
  }
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
  scheduler: {
    AddOutgoingWebhookRequest: MessageTypeDefinition<_scheduler_AddOutgoingWebhookRequest, _scheduler_AddOutgoingWebhookRequest__Output>
    AddOutgoingWebhookResponse: MessageTypeDefinition<_scheduler_AddOutgoingWebhookResponse, _scheduler_AddOutgoingWebhookResponse__Output>
    ApprovePairingRequest: MessageTypeDefinition<_scheduler_ApprovePairingRequest, _scheduler_ApprovePairingRequest__Output>
    ApprovePairingResponse: MessageTypeDefinition<_scheduler_ApprovePairingResponse, _scheduler_ApprovePairingResponse__Output>
    ChallengeRequest: MessageTypeDefinition<_scheduler_ChallengeRequest, _scheduler_ChallengeRequest__Output>
    ChallengeResponse: MessageTypeDefinition<_scheduler_ChallengeResponse, _scheduler_ChallengeResponse__Output>
    ChallengeScope: EnumTypeDefinition
    Debug: SubtypeConstructor<typeof grpc.Client, _scheduler_DebugClient> & { service: _scheduler_DebugDefinition }
    DeleteOutgoingWebhooksRequest: MessageTypeDefinition<_scheduler_DeleteOutgoingWebhooksRequest, _scheduler_DeleteOutgoingWebhooksRequest__Output>
    ExportNodeRequest: MessageTypeDefinition<_scheduler_ExportNodeRequest, _scheduler_ExportNodeRequest__Output>
    ExportNodeResponse: MessageTypeDefinition<_scheduler_ExportNodeResponse, _scheduler_ExportNodeResponse__Output>
    GetPairingDataRequest: MessageTypeDefinition<_scheduler_GetPairingDataRequest, _scheduler_GetPairingDataRequest__Output>
    GetPairingDataResponse: MessageTypeDefinition<_scheduler_GetPairingDataResponse, _scheduler_GetPairingDataResponse__Output>
    InviteCode: MessageTypeDefinition<_scheduler_InviteCode, _scheduler_InviteCode__Output>
    ListInviteCodesRequest: MessageTypeDefinition<_scheduler_ListInviteCodesRequest, _scheduler_ListInviteCodesRequest__Output>
    ListInviteCodesResponse: MessageTypeDefinition<_scheduler_ListInviteCodesResponse, _scheduler_ListInviteCodesResponse__Output>
    ListOutgoingWebhooksRequest: MessageTypeDefinition<_scheduler_ListOutgoingWebhooksRequest, _scheduler_ListOutgoingWebhooksRequest__Output>
    ListOutgoingWebhooksResponse: MessageTypeDefinition<_scheduler_ListOutgoingWebhooksResponse, _scheduler_ListOutgoingWebhooksResponse__Output>
    NodeInfoRequest: MessageTypeDefinition<_scheduler_NodeInfoRequest, _scheduler_NodeInfoRequest__Output>
    NodeInfoResponse: MessageTypeDefinition<_scheduler_NodeInfoResponse, _scheduler_NodeInfoResponse__Output>
    PairDeviceRequest: MessageTypeDefinition<_scheduler_PairDeviceRequest, _scheduler_PairDeviceRequest__Output>
    PairDeviceResponse: MessageTypeDefinition<_scheduler_PairDeviceResponse, _scheduler_PairDeviceResponse__Output>
    Pairing: SubtypeConstructor<typeof grpc.Client, _scheduler_PairingClient> & { service: _scheduler_PairingDefinition }
    RecoveryRequest: MessageTypeDefinition<_scheduler_RecoveryRequest, _scheduler_RecoveryRequest__Output>
    RecoveryResponse: MessageTypeDefinition<_scheduler_RecoveryResponse, _scheduler_RecoveryResponse__Output>
    RegistrationRequest: MessageTypeDefinition<_scheduler_RegistrationRequest, _scheduler_RegistrationRequest__Output>
    RegistrationResponse: MessageTypeDefinition<_scheduler_RegistrationResponse, _scheduler_RegistrationResponse__Output>
    RotateOutgoingWebhookSecretRequest: MessageTypeDefinition<_scheduler_RotateOutgoingWebhookSecretRequest, _scheduler_RotateOutgoingWebhookSecretRequest__Output>
    ScheduleRequest: MessageTypeDefinition<_scheduler_ScheduleRequest, _scheduler_ScheduleRequest__Output>
    Scheduler: SubtypeConstructor<typeof grpc.Client, _scheduler_SchedulerClient> & { service: _scheduler_SchedulerDefinition }
    SignerRejection: MessageTypeDefinition<_scheduler_SignerRejection, _scheduler_SignerRejection__Output>
    SignerRequest: MessageTypeDefinition<_scheduler_SignerRequest, _scheduler_SignerRequest__Output>
    SignerResponse: MessageTypeDefinition<_scheduler_SignerResponse, _scheduler_SignerResponse__Output>
    StartupMessage: MessageTypeDefinition<_scheduler_StartupMessage, _scheduler_StartupMessage__Output>
    UpgradeRequest: MessageTypeDefinition<_scheduler_UpgradeRequest, _scheduler_UpgradeRequest__Output>
    UpgradeResponse: MessageTypeDefinition<_scheduler_UpgradeResponse, _scheduler_UpgradeResponse__Output>
    Webhook: MessageTypeDefinition<_scheduler_Webhook, _scheduler_Webhook__Output>
    WebhookSecretResponse: MessageTypeDefinition<_scheduler_WebhookSecretResponse, _scheduler_WebhookSecretResponse__Output>
  }
}

