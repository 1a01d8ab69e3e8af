import { status, type Deadline, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import {
  callerIdentity,
  failedPrecondition,
  GreenhouseError,
  grpcPackages,
  invalidArgument,
  notFound,
  parseNodeId,
  parsePairingRefusalReport,
  requireDeviceOf,
  unaryHandler,
  toServiceError,
  type CallerIdentity,
  type Logger,
  type ServiceRegistration,
} from '@greenhouse/common';
import type { ChallengeRequest__Output } from '@greenhouse/common/generated/scheduler/ChallengeRequest.ts';
import type { ChallengeResponse } from '@greenhouse/common/generated/scheduler/ChallengeResponse.ts';
import type { UpgradeRequest__Output } from '@greenhouse/common/generated/scheduler/UpgradeRequest.ts';
import type { UpgradeResponse } from '@greenhouse/common/generated/scheduler/UpgradeResponse.ts';
import type { ListInviteCodesResponse } from '@greenhouse/common/generated/scheduler/ListInviteCodesResponse.ts';
import type { NodeInfoRequest__Output } from '@greenhouse/common/generated/scheduler/NodeInfoRequest.ts';
import type { NodeInfoResponse } from '@greenhouse/common/generated/scheduler/NodeInfoResponse.ts';
import type { ScheduleRequest__Output } from '@greenhouse/common/generated/scheduler/ScheduleRequest.ts';
import type { SignerRejection__Output } from '@greenhouse/common/generated/scheduler/SignerRejection.ts';
import type { Empty } from '@greenhouse/common/generated/greenlight/Empty.ts';
import type { Challenges } from './challenges.ts';
import type { Registration } from './registration.ts';
import { checkStartupMessages } from './registration.ts';
import type { Registry } from './registry/registry.ts';
import type { NodeLocation, Placement } from './placement/placement.ts';
import type { PairingService } from './pairing/pairing-service.ts';
import type { SignerRelay, SignerStream } from './pairing/signer-relay.ts';

/** Calls the shared NOBODY identity may make; everything else needs a device of the node. */
type Access = 'bootstrap' | 'device';

function authorize(call: ServerUnaryCall<unknown, unknown>, access: Access): CallerIdentity {
  const identity = callerIdentity(call);
  if (access === 'device') requireDeviceOf(identity);
  return identity;
}

export interface SchedulerServiceDeps {
  registry: Registry;
  placement: Placement;
  registration: Registration;
  challenges: Challenges;
  pairing: PairingService;
  relay: SignerRelay;
  logger: Logger;
}

export function schedulerServices(deps: SchedulerServiceDeps): ServiceRegistration[] {
  const { scheduler, greenhouse } = grpcPackages();
  return [
    { name: 'scheduler.Scheduler', definition: scheduler.Scheduler.service, implementation: schedulerImplementation(deps) },
    { name: 'scheduler.Debug', definition: scheduler.Debug.service, implementation: debugImplementation(deps) },
    { name: 'scheduler.Pairing', definition: scheduler.Pairing.service, implementation: deps.pairing.implementation() },
    { name: 'greenhouse.Pairing', definition: greenhouse.Pairing.service, implementation: deps.pairing.greenhouseImplementation() },
  ];
}

function schedulerImplementation({ registry, registration, challenges, placement, relay, logger }: SchedulerServiceDeps): UntypedServiceImplementation {
  const unary = <Req, Res>(method: string, access: Access, handle: (request: Req, identity: CallerIdentity) => Promise<Res>) =>
    unaryHandler<Req, Res>(logger, method, async (call) => handle(call.request, authorize(call, access)));
  const unaryCall = <Req, Res>(method: string, access: Access, handle: (call: ServerUnaryCall<Req, Res>, identity: CallerIdentity) => Promise<Res>) =>
    unaryHandler<Req, Res>(logger, method, async (call) => handle(call, authorize(call, access)));

  return {
    GetChallenge: unary<ChallengeRequest__Output, ChallengeResponse>('GetChallenge', 'bootstrap', async (request) => {
      const nodeId = parseNodeId(request.node_id);
      const scope = request.scope === 'RECOVER' ? 'RECOVER' : request.scope === 'REGISTER' ? 'REGISTER' : undefined;
      if (!scope) throw invalidArgument(`scope must be REGISTER (0) or RECOVER (1), got ${String(request.scope)}`);
      return { challenge: await challenges.issue(scope, nodeId) };
    }),

    Register: unary('Register', 'bootstrap', (request: Parameters<Registration['register']>[0]) =>
      registration.register(request),
    ),

    Recover: unary('Recover', 'bootstrap', (request: Parameters<Registration['recover']>[0]) => registration.recover(request)),

    Schedule: unaryCall<ScheduleRequest__Output, NodeInfoResponse>('Schedule', 'device', async (call, identity) => {
      const nodeId = requireDeviceOf(identity, call.request.node_id);
      const node = await registry.getNode(nodeId);
      if (!node) throw notFound(`node ${nodeId.toString('hex')} is not registered`);
      return nodeInfo(nodeId, await placement.schedule(node, untilDeadline(call.getDeadline())));
    }),

    // Never starts a node. With wait=true it long-polls until the node runs or the caller's
    // deadline nears, then answers with an empty grpc_uri, which Greenlight's signer retries on.
    // With no gateway at all it says so at once: nothing could start the node.
    GetNodeInfo: unaryCall<NodeInfoRequest__Output, NodeInfoResponse>('GetNodeInfo', 'device', async (call, identity) => {
      const nodeId = requireDeviceOf(identity, call.request.node_id);
      if (placement.connectedGateways === 0 && !placement.locate(nodeId)) throw noGateway(nodeId);
      const location = call.request.wait ? await placement.waitForNode(nodeId, untilDeadline(call.getDeadline())) : placement.locate(nodeId);
      return nodeInfo(nodeId, location);
    }),

    MaybeUpgrade: unary<UpgradeRequest__Output, UpgradeResponse>('MaybeUpgrade', 'device', async (request, identity) => {
      const nodeId = requireDeviceOf(identity);
      if (request.signer_version === '') throw invalidArgument('signer_version is required, e.g. "v26.06"');
      const startupMessages = checkStartupMessages(request.startupmsgs);
      const oldVersion = await registry.updateSigner(nodeId, request.signer_version, startupMessages);
      if (oldVersion !== request.signer_version) {
        logger.info({ node_id: nodeId.toString('hex'), from: oldVersion, to: request.signer_version }, 'signer version changed');
      }
      return { old_version: oldVersion };
    }),

    ListInviteCodes: unary<unknown, ListInviteCodesResponse>('ListInviteCodes', 'device', async (_request, identity) => {
      const nodeId = requireDeviceOf(identity);
      const codes = await registry.listInviteCodes(nodeId);
      return { invite_code_list: codes.map((c) => ({ code: c.code, is_redeemed: c.redeemed })) };
    }),

    ExportNode: notYet(logger, 'ExportNode', 'exporting a node is not available on this scheduler yet'),
    AddOutgoingWebhook: notYet(logger, 'AddOutgoingWebhook', 'webhooks are not available on this scheduler yet'),
    ListOutgoingWebhooks: notYet(logger, 'ListOutgoingWebhooks', 'webhooks are not available on this scheduler yet'),
    DeleteWebhooks: notYet(logger, 'DeleteWebhooks', 'webhooks are not available on this scheduler yet'),
    RotateOutgoingWebhookSecret: notYet(logger, 'RotateOutgoingWebhookSecret', 'webhooks are not available on this scheduler yet'),
    // A signer of the node (device certificate) receives the node's pairing approvals here.
    SignerRequestsStream: (stream: SignerStream) => {
      try {
        relay.attach(stream, requireDeviceOf(callerIdentity(stream)));
      } catch (error) {
        stream.emit('error', toServiceError(logger, 'SignerRequestsStream', error));
      }
    },
  };
}

function debugImplementation({ registry, logger }: SchedulerServiceDeps): UntypedServiceImplementation {
  return {
    ReportSignerRejection: unaryHandler<SignerRejection__Output, Empty>(logger, 'ReportSignerRejection', async (call) => {
      const identity = authorize(call, 'bootstrap');
      const request = call.request;
      // The signer reports with NOBODY; a device may only report for its own node.
      const nodeId = request.node_id.length > 0 ? parseNodeId(request.node_id) : null;
      if (identity.kind === 'device' && nodeId) requireDeviceOf(identity, nodeId);
      const requestType = request.request && request.request.raw.length >= 2 ? request.request.raw.readUInt16BE(0) : null;
      const message = request.msg.slice(0, 4096);
      const gitVersion = request.git_version.slice(0, 128);
      await registry.recordSignerRejection({ nodeId, message, gitVersion, requestType, reportedAt: Date.now() });
      // A signer says why it is about to refuse a pairing approval (SignerResponse has no room for
      // it); only a device of the node may give the waiting new device a reason.
      const pairingRefusal = parsePairingRefusalReport(message);
      if (pairingRefusal && identity.kind === 'device') {
        await registry.notePairingRefusal(pairingRefusal.deviceId, identity.nodeId, pairingRefusal.reason);
      }
      logger.warn(
        { node_id: nodeId?.toString('hex'), reason: message, signer_version: gitVersion, hsmd_type: requestType },
        'signer rejected a request',
      );
      return {};
    }),
  };
}

function notYet(logger: Logger, method: string, message: string) {
  return unaryHandler(logger, method, async (call) => {
    callerIdentity(call);
    throw new GreenhouseError(status.UNIMPLEMENTED, message);
  });
}

function nodeInfo(nodeId: Buffer, location: NodeLocation | undefined): NodeInfoResponse {
  return { node_id: nodeId, grpc_uri: location?.grpcUri ?? '', session_id: location?.sessionId ?? '0' };
}

/** Time left before the caller's deadline, less a margin to answer in; 60 s without a deadline. */
function untilDeadline(deadline: Deadline): number {
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  if (!Number.isFinite(at)) return 60_000;
  return Math.min(60_000, at - Date.now() - 500);
}

function noGateway(nodeId: Buffer): GreenhouseError {
  return failedPrecondition(
    `no node gateway connected, so node ${nodeId.toString('hex')} cannot run yet; start one (pnpm start runs a scheduler and a gateway)`,
  );
}
