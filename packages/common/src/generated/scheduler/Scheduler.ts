// Original file: proto/scheduler.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddOutgoingWebhookRequest as _scheduler_AddOutgoingWebhookRequest, AddOutgoingWebhookRequest__Output as _scheduler_AddOutgoingWebhookRequest__Output } from '../scheduler/AddOutgoingWebhookRequest.ts';
import type { AddOutgoingWebhookResponse as _scheduler_AddOutgoingWebhookResponse, AddOutgoingWebhookResponse__Output as _scheduler_AddOutgoingWebhookResponse__Output } from '../scheduler/AddOutgoingWebhookResponse.ts';
import type { ChallengeRequest as _scheduler_ChallengeRequest, ChallengeRequest__Output as _scheduler_ChallengeRequest__Output } from '../scheduler/ChallengeRequest.ts';
import type { ChallengeResponse as _scheduler_ChallengeResponse, ChallengeResponse__Output as _scheduler_ChallengeResponse__Output } from '../scheduler/ChallengeResponse.ts';
import type { DeleteOutgoingWebhooksRequest as _scheduler_DeleteOutgoingWebhooksRequest, DeleteOutgoingWebhooksRequest__Output as _scheduler_DeleteOutgoingWebhooksRequest__Output } from '../scheduler/DeleteOutgoingWebhooksRequest.ts';
import type { Empty as _greenlight_Empty, Empty__Output as _greenlight_Empty__Output } from '../greenlight/Empty.ts';
import type { ExportNodeRequest as _scheduler_ExportNodeRequest, ExportNodeRequest__Output as _scheduler_ExportNodeRequest__Output } from '../scheduler/ExportNodeRequest.ts';
import type { ExportNodeResponse as _scheduler_ExportNodeResponse, ExportNodeResponse__Output as _scheduler_ExportNodeResponse__Output } from '../scheduler/ExportNodeResponse.ts';
import type { ListInviteCodesRequest as _scheduler_ListInviteCodesRequest, ListInviteCodesRequest__Output as _scheduler_ListInviteCodesRequest__Output } from '../scheduler/ListInviteCodesRequest.ts';
import type { ListInviteCodesResponse as _scheduler_ListInviteCodesResponse, ListInviteCodesResponse__Output as _scheduler_ListInviteCodesResponse__Output } from '../scheduler/ListInviteCodesResponse.ts';
import type { ListOutgoingWebhooksRequest as _scheduler_ListOutgoingWebhooksRequest, ListOutgoingWebhooksRequest__Output as _scheduler_ListOutgoingWebhooksRequest__Output } from '../scheduler/ListOutgoingWebhooksRequest.ts';
import type { ListOutgoingWebhooksResponse as _scheduler_ListOutgoingWebhooksResponse, ListOutgoingWebhooksResponse__Output as _scheduler_ListOutgoingWebhooksResponse__Output } from '../scheduler/ListOutgoingWebhooksResponse.ts';
import type { NodeInfoRequest as _scheduler_NodeInfoRequest, NodeInfoRequest__Output as _scheduler_NodeInfoRequest__Output } from '../scheduler/NodeInfoRequest.ts';
import type { NodeInfoResponse as _scheduler_NodeInfoResponse, NodeInfoResponse__Output as _scheduler_NodeInfoResponse__Output } from '../scheduler/NodeInfoResponse.ts';
import type { RecoveryRequest as _scheduler_RecoveryRequest, RecoveryRequest__Output as _scheduler_RecoveryRequest__Output } from '../scheduler/RecoveryRequest.ts';
import type { RecoveryResponse as _scheduler_RecoveryResponse, RecoveryResponse__Output as _scheduler_RecoveryResponse__Output } from '../scheduler/RecoveryResponse.ts';
import type { RegistrationRequest as _scheduler_RegistrationRequest, RegistrationRequest__Output as _scheduler_RegistrationRequest__Output } from '../scheduler/RegistrationRequest.ts';
import type { RegistrationResponse as _scheduler_RegistrationResponse, RegistrationResponse__Output as _scheduler_RegistrationResponse__Output } from '../scheduler/RegistrationResponse.ts';
import type { RotateOutgoingWebhookSecretRequest as _scheduler_RotateOutgoingWebhookSecretRequest, RotateOutgoingWebhookSecretRequest__Output as _scheduler_RotateOutgoingWebhookSecretRequest__Output } from '../scheduler/RotateOutgoingWebhookSecretRequest.ts';
import type { ScheduleRequest as _scheduler_ScheduleRequest, ScheduleRequest__Output as _scheduler_ScheduleRequest__Output } from '../scheduler/ScheduleRequest.ts';
import type { SignerRequest as _scheduler_SignerRequest, SignerRequest__Output as _scheduler_SignerRequest__Output } from '../scheduler/SignerRequest.ts';
import type { SignerResponse as _scheduler_SignerResponse, SignerResponse__Output as _scheduler_SignerResponse__Output } from '../scheduler/SignerResponse.ts';
import type { UpgradeRequest as _scheduler_UpgradeRequest, UpgradeRequest__Output as _scheduler_UpgradeRequest__Output } from '../scheduler/UpgradeRequest.ts';
import type { UpgradeResponse as _scheduler_UpgradeResponse, UpgradeResponse__Output as _scheduler_UpgradeResponse__Output } from '../scheduler/UpgradeResponse.ts';
import type { WebhookSecretResponse as _scheduler_WebhookSecretResponse, WebhookSecretResponse__Output as _scheduler_WebhookSecretResponse__Output } from '../scheduler/WebhookSecretResponse.ts';

export interface SchedulerClient extends grpc.Client {
  AddOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  AddOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  AddOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  AddOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  addOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  addOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  addOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  addOutgoingWebhook(argument: _scheduler_AddOutgoingWebhookRequest, callback: grpc.requestCallback<_scheduler_AddOutgoingWebhookResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhooks(argument: _scheduler_DeleteOutgoingWebhooksRequest, callback: grpc.requestCallback<_greenlight_Empty__Output>): grpc.ClientUnaryCall;
  
  ExportNode(argument: _scheduler_ExportNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  ExportNode(argument: _scheduler_ExportNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  ExportNode(argument: _scheduler_ExportNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  ExportNode(argument: _scheduler_ExportNodeRequest, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  exportNode(argument: _scheduler_ExportNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  exportNode(argument: _scheduler_ExportNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  exportNode(argument: _scheduler_ExportNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  exportNode(argument: _scheduler_ExportNodeRequest, callback: grpc.requestCallback<_scheduler_ExportNodeResponse__Output>): grpc.ClientUnaryCall;
  
  GetChallenge(argument: _scheduler_ChallengeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  GetChallenge(argument: _scheduler_ChallengeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  GetChallenge(argument: _scheduler_ChallengeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  GetChallenge(argument: _scheduler_ChallengeRequest, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  getChallenge(argument: _scheduler_ChallengeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  getChallenge(argument: _scheduler_ChallengeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  getChallenge(argument: _scheduler_ChallengeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  getChallenge(argument: _scheduler_ChallengeRequest, callback: grpc.requestCallback<_scheduler_ChallengeResponse__Output>): grpc.ClientUnaryCall;
  
  GetNodeInfo(argument: _scheduler_NodeInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  GetNodeInfo(argument: _scheduler_NodeInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  GetNodeInfo(argument: _scheduler_NodeInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  GetNodeInfo(argument: _scheduler_NodeInfoRequest, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  getNodeInfo(argument: _scheduler_NodeInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  getNodeInfo(argument: _scheduler_NodeInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  getNodeInfo(argument: _scheduler_NodeInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  getNodeInfo(argument: _scheduler_NodeInfoRequest, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  
  ListInviteCodes(argument: _scheduler_ListInviteCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  ListInviteCodes(argument: _scheduler_ListInviteCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  ListInviteCodes(argument: _scheduler_ListInviteCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  ListInviteCodes(argument: _scheduler_ListInviteCodesRequest, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  listInviteCodes(argument: _scheduler_ListInviteCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  listInviteCodes(argument: _scheduler_ListInviteCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  listInviteCodes(argument: _scheduler_ListInviteCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  listInviteCodes(argument: _scheduler_ListInviteCodesRequest, callback: grpc.requestCallback<_scheduler_ListInviteCodesResponse__Output>): grpc.ClientUnaryCall;
  
  ListOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  ListOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  listOutgoingWebhooks(argument: _scheduler_ListOutgoingWebhooksRequest, callback: grpc.requestCallback<_scheduler_ListOutgoingWebhooksResponse__Output>): grpc.ClientUnaryCall;
  
  MaybeUpgrade(argument: _scheduler_UpgradeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  MaybeUpgrade(argument: _scheduler_UpgradeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  MaybeUpgrade(argument: _scheduler_UpgradeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  MaybeUpgrade(argument: _scheduler_UpgradeRequest, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  maybeUpgrade(argument: _scheduler_UpgradeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  maybeUpgrade(argument: _scheduler_UpgradeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  maybeUpgrade(argument: _scheduler_UpgradeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  maybeUpgrade(argument: _scheduler_UpgradeRequest, callback: grpc.requestCallback<_scheduler_UpgradeResponse__Output>): grpc.ClientUnaryCall;
  
  Recover(argument: _scheduler_RecoveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _scheduler_RecoveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _scheduler_RecoveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _scheduler_RecoveryRequest, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _scheduler_RecoveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _scheduler_RecoveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _scheduler_RecoveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _scheduler_RecoveryRequest, callback: grpc.requestCallback<_scheduler_RecoveryResponse__Output>): grpc.ClientUnaryCall;
  
  Register(argument: _scheduler_RegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  Register(argument: _scheduler_RegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  Register(argument: _scheduler_RegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  Register(argument: _scheduler_RegistrationRequest, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  register(argument: _scheduler_RegistrationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  register(argument: _scheduler_RegistrationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  register(argument: _scheduler_RegistrationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  register(argument: _scheduler_RegistrationRequest, callback: grpc.requestCallback<_scheduler_RegistrationResponse__Output>): grpc.ClientUnaryCall;
  
  RotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  RotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  RotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  RotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  rotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  rotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  rotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  rotateOutgoingWebhookSecret(argument: _scheduler_RotateOutgoingWebhookSecretRequest, callback: grpc.requestCallback<_scheduler_WebhookSecretResponse__Output>): grpc.ClientUnaryCall;
  
  Schedule(argument: _scheduler_ScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  Schedule(argument: _scheduler_ScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  Schedule(argument: _scheduler_ScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  Schedule(argument: _scheduler_ScheduleRequest, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  schedule(argument: _scheduler_ScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  schedule(argument: _scheduler_ScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  schedule(argument: _scheduler_ScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  schedule(argument: _scheduler_ScheduleRequest, callback: grpc.requestCallback<_scheduler_NodeInfoResponse__Output>): grpc.ClientUnaryCall;
  
  SignerRequestsStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_scheduler_SignerResponse, _scheduler_SignerRequest__Output>;
  SignerRequestsStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_scheduler_SignerResponse, _scheduler_SignerRequest__Output>;
  signerRequestsStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_scheduler_SignerResponse, _scheduler_SignerRequest__Output>;
  signerRequestsStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_scheduler_SignerResponse, _scheduler_SignerRequest__Output>;
  
}

export interface SchedulerHandlers extends grpc.UntypedServiceImplementation {
  AddOutgoingWebhook: grpc.handleUnaryCall<_scheduler_AddOutgoingWebhookRequest__Output, _scheduler_AddOutgoingWebhookResponse>;
  
  DeleteWebhooks: grpc.handleUnaryCall<_scheduler_DeleteOutgoingWebhooksRequest__Output, _greenlight_Empty>;
  
  ExportNode: grpc.handleUnaryCall<_scheduler_ExportNodeRequest__Output, _scheduler_ExportNodeResponse>;
  
  GetChallenge: grpc.handleUnaryCall<_scheduler_ChallengeRequest__Output, _scheduler_ChallengeResponse>;
  
  GetNodeInfo: grpc.handleUnaryCall<_scheduler_NodeInfoRequest__Output, _scheduler_NodeInfoResponse>;
  
  ListInviteCodes: grpc.handleUnaryCall<_scheduler_ListInviteCodesRequest__Output, _scheduler_ListInviteCodesResponse>;
  
  ListOutgoingWebhooks: grpc.handleUnaryCall<_scheduler_ListOutgoingWebhooksRequest__Output, _scheduler_ListOutgoingWebhooksResponse>;
  
  MaybeUpgrade: grpc.handleUnaryCall<_scheduler_UpgradeRequest__Output, _scheduler_UpgradeResponse>;
  
  Recover: grpc.handleUnaryCall<_scheduler_RecoveryRequest__Output, _scheduler_RecoveryResponse>;
  
  Register: grpc.handleUnaryCall<_scheduler_RegistrationRequest__Output, _scheduler_RegistrationResponse>;
  
  RotateOutgoingWebhookSecret: grpc.handleUnaryCall<_scheduler_RotateOutgoingWebhookSecretRequest__Output, _scheduler_WebhookSecretResponse>;
  
  Schedule: grpc.handleUnaryCall<_scheduler_ScheduleRequest__Output, _scheduler_NodeInfoResponse>;
  
  SignerRequestsStream: grpc.handleBidiStreamingCall<_scheduler_SignerResponse__Output, _scheduler_SignerRequest>;
  
}

export interface SchedulerDefinition extends grpc.ServiceDefinition {
  AddOutgoingWebhook: MethodDefinition<_scheduler_AddOutgoingWebhookRequest, _scheduler_AddOutgoingWebhookResponse, _scheduler_AddOutgoingWebhookRequest__Output, _scheduler_AddOutgoingWebhookResponse__Output>
  DeleteWebhooks: MethodDefinition<_scheduler_DeleteOutgoingWebhooksRequest, _greenlight_Empty, _scheduler_DeleteOutgoingWebhooksRequest__Output, _greenlight_Empty__Output>
  ExportNode: MethodDefinition<_scheduler_ExportNodeRequest, _scheduler_ExportNodeResponse, _scheduler_ExportNodeRequest__Output, _scheduler_ExportNodeResponse__Output>
  GetChallenge: MethodDefinition<_scheduler_ChallengeRequest, _scheduler_ChallengeResponse, _scheduler_ChallengeRequest__Output, _scheduler_ChallengeResponse__Output>
  GetNodeInfo: MethodDefinition<_scheduler_NodeInfoRequest, _scheduler_NodeInfoResponse, _scheduler_NodeInfoRequest__Output, _scheduler_NodeInfoResponse__Output>
  ListInviteCodes: MethodDefinition<_scheduler_ListInviteCodesRequest, _scheduler_ListInviteCodesResponse, _scheduler_ListInviteCodesRequest__Output, _scheduler_ListInviteCodesResponse__Output>
  ListOutgoingWebhooks: MethodDefinition<_scheduler_ListOutgoingWebhooksRequest, _scheduler_ListOutgoingWebhooksResponse, _scheduler_ListOutgoingWebhooksRequest__Output, _scheduler_ListOutgoingWebhooksResponse__Output>
  MaybeUpgrade: MethodDefinition<_scheduler_UpgradeRequest, _scheduler_UpgradeResponse, _scheduler_UpgradeRequest__Output, _scheduler_UpgradeResponse__Output>
  Recover: MethodDefinition<_scheduler_RecoveryRequest, _scheduler_RecoveryResponse, _scheduler_RecoveryRequest__Output, _scheduler_RecoveryResponse__Output>
  Register: MethodDefinition<_scheduler_RegistrationRequest, _scheduler_RegistrationResponse, _scheduler_RegistrationRequest__Output, _scheduler_RegistrationResponse__Output>
  RotateOutgoingWebhookSecret: MethodDefinition<_scheduler_RotateOutgoingWebhookSecretRequest, _scheduler_WebhookSecretResponse, _scheduler_RotateOutgoingWebhookSecretRequest__Output, _scheduler_WebhookSecretResponse__Output>
  Schedule: MethodDefinition<_scheduler_ScheduleRequest, _scheduler_NodeInfoResponse, _scheduler_ScheduleRequest__Output, _scheduler_NodeInfoResponse__Output>
  SignerRequestsStream: MethodDefinition<_scheduler_SignerResponse, _scheduler_SignerRequest, _scheduler_SignerResponse__Output, _scheduler_SignerRequest__Output>
}
