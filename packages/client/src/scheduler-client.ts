import { Metadata, status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { GreenhouseError, grpcPackages } from '@greenhouse/common';
import type { SchedulerClient as GeneratedSchedulerClient } from '@greenhouse/common/generated/scheduler/Scheduler.ts';
import type { DebugClient } from '@greenhouse/common/generated/scheduler/Debug.ts';
import type { RegistrationRequest } from '@greenhouse/common/generated/scheduler/RegistrationRequest.ts';
import type { RegistrationResponse__Output } from '@greenhouse/common/generated/scheduler/RegistrationResponse.ts';
import type { RecoveryRequest } from '@greenhouse/common/generated/scheduler/RecoveryRequest.ts';
import type { RecoveryResponse__Output } from '@greenhouse/common/generated/scheduler/RecoveryResponse.ts';
import type { ChallengeResponse__Output } from '@greenhouse/common/generated/scheduler/ChallengeResponse.ts';
import type { NodeInfoResponse__Output } from '@greenhouse/common/generated/scheduler/NodeInfoResponse.ts';
import type { UpgradeRequest } from '@greenhouse/common/generated/scheduler/UpgradeRequest.ts';
import type { UpgradeResponse__Output } from '@greenhouse/common/generated/scheduler/UpgradeResponse.ts';
import type { ListInviteCodesResponse__Output } from '@greenhouse/common/generated/scheduler/ListInviteCodesResponse.ts';
import type { SignerRejection } from '@greenhouse/common/generated/scheduler/SignerRejection.ts';
import type { SignerRequest__Output } from '@greenhouse/common/generated/scheduler/SignerRequest.ts';
import type { SignerResponse } from '@greenhouse/common/generated/scheduler/SignerResponse.ts';
import type { PairingClient } from '@greenhouse/common/generated/scheduler/Pairing.ts';
import type { PairingClient as GreenhousePairingClient } from '@greenhouse/common/generated/greenhouse/Pairing.ts';
import type { PairDeviceRequest } from '@greenhouse/common/generated/scheduler/PairDeviceRequest.ts';
import type { PairDeviceResponse__Output } from '@greenhouse/common/generated/scheduler/PairDeviceResponse.ts';
import type { GetPairingDataResponse__Output } from '@greenhouse/common/generated/scheduler/GetPairingDataResponse.ts';
import { CLIENT_CHANNEL_OPTIONS, grpcTarget, mtlsCredentials, unaryCall, type ClientTls } from './grpc-client.ts';
import { createDeviceKey } from './device-key.ts';
import type { Credentials } from './credentials.ts';
import { approvalRequest, isNotFound, requestPairing, verifyPairingData, type PairingRequest, type PendingPairing } from './pairing.ts';

export type ChallengeScope = 'REGISTER' | 'RECOVER';

/** Something that can sign a registration challenge with the node key: the signer, or a test double. */
export type ChallengeSigner = (challenge: Buffer) => Promise<Uint8Array> | Uint8Array;

export interface DeviceCredentials {
  /** The device certificate followed by its issuers, PEM. */
  certPem: string;
  /** The device's own PKCS#8 key, PEM. */
  keyPem: string;
}

/** The scheduler's gRPC API over mTLS, with the flows Greenlight clients follow. */
export class SchedulerClient {
  private readonly scheduler: GeneratedSchedulerClient;
  private readonly debug: DebugClient;
  private readonly pairing: PairingClient;
  private readonly greenhousePairing: GreenhousePairingClient;
  /** The CA these calls trust, PEM; paired credentials carry it. */
  readonly caPem: string;

  constructor(
    readonly uri: string,
    tls: ClientTls,
    private readonly timeoutMs = 30_000,
  ) {
    const { scheduler, greenhouse } = grpcPackages();
    const target = grpcTarget(uri);
    const creds = mtlsCredentials(tls);
    this.caPem = Buffer.from(tls.caPem).toString('utf8');
    this.scheduler = new scheduler.Scheduler(target, creds, CLIENT_CHANNEL_OPTIONS) as unknown as GeneratedSchedulerClient;
    this.debug = new scheduler.Debug(target, creds, CLIENT_CHANNEL_OPTIONS) as unknown as DebugClient;
    this.pairing = new scheduler.Pairing(target, creds, CLIENT_CHANNEL_OPTIONS) as unknown as PairingClient;
    this.greenhousePairing = new greenhouse.Pairing(target, creds, CLIENT_CHANNEL_OPTIONS) as unknown as GreenhousePairingClient;
  }

  async getChallenge(scope: ChallengeScope, nodeId: Buffer): Promise<Buffer> {
    const response = await this.call<ChallengeResponse__Output>(this.scheduler.GetChallenge, { scope, node_id: nodeId });
    if (response.challenge.length !== 32) throw new Error(`challenge is not 32 bytes long (${response.challenge.length})`);
    return response.challenge;
  }

  register(request: RegistrationRequest): Promise<RegistrationResponse__Output> {
    return this.call<RegistrationResponse__Output>(this.scheduler.Register, request);
  }

  recover(request: RecoveryRequest): Promise<RecoveryResponse__Output> {
    return this.call<RecoveryResponse__Output>(this.scheduler.Recover, request);
  }

  /** Places the node on a gateway and starts it; answers with its `grpc_uri` once it runs. */
  schedule(nodeId: Buffer, timeoutMs = this.timeoutMs): Promise<NodeInfoResponse__Output> {
    return unaryCall(this.scheduler, this.scheduler.Schedule, { node_id: nodeId }, new Metadata(), timeoutMs);
  }

  /** With `wait`, long-polls until the node runs or `timeoutMs` passes. */
  getNodeInfo(nodeId: Buffer, wait = false, timeoutMs = this.timeoutMs): Promise<NodeInfoResponse__Output> {
    return unaryCall(this.scheduler, this.scheduler.GetNodeInfo, { node_id: nodeId, wait }, new Metadata(), timeoutMs);
  }

  maybeUpgrade(request: UpgradeRequest): Promise<UpgradeResponse__Output> {
    return this.call<UpgradeResponse__Output>(this.scheduler.MaybeUpgrade, request);
  }

  listInviteCodes(): Promise<ListInviteCodesResponse__Output> {
    return this.call<ListInviteCodesResponse__Output>(this.scheduler.ListInviteCodes, {});
  }

  /** Invite codes: see `listInviteCodes`; webhooks and export below answer UNIMPLEMENTED on this scheduler, said plainly. */
  async addOutgoingWebhook(nodeId: Buffer, uri: string): Promise<{ id: string; secret: string }> {
    return this.notYet('AddOutgoingWebhook', 'webhooks', () => this.call<{ id: string; secret: string }>(this.scheduler.AddOutgoingWebhook, { node_id: nodeId, uri }));
  }

  async listOutgoingWebhooks(nodeId: Buffer): Promise<{ id: string; uri: string }[]> {
    const response = await this.notYet('ListOutgoingWebhooks', 'webhooks', () =>
      this.call<{ outgoing_webhooks: { id: string; uri: string }[] }>(this.scheduler.ListOutgoingWebhooks, { node_id: nodeId }),
    );
    return response.outgoing_webhooks;
  }

  async deleteWebhooks(nodeId: Buffer, ids: (string | number)[]): Promise<void> {
    await this.notYet('DeleteWebhooks', 'webhooks', () => this.call(this.scheduler.DeleteWebhooks, { node_id: nodeId, ids: ids.map(String) }));
  }

  async rotateOutgoingWebhookSecret(nodeId: Buffer, webhookId: string | number): Promise<string> {
    const response = await this.notYet('RotateOutgoingWebhookSecret', 'webhooks', () =>
      this.call<{ secret: string }>(this.scheduler.RotateOutgoingWebhookSecret, { node_id: nodeId, webhook_id: String(webhookId) }),
    );
    return response.secret;
  }

  /** Greenlight's ExportNode: the URL of the node's encrypted backup. */
  async exportNode(): Promise<string> {
    return (await this.notYet('ExportNode', 'exporting a node', () => this.call<{ url: string }>(this.scheduler.ExportNode, {}))).url;
  }

  /**
   * Registers the node, or, when it is registered already (ALREADY_EXISTS), recovers it: either
   * way this device ends up with a certificate (gl-sdk's register_or_recover).
   */
  async registerOrRecover(options: Parameters<SchedulerClient['registerNode']>[0]): Promise<DeviceCredentials & { recovered: boolean }> {
    try {
      return { ...(await this.registerNode(options)), recovered: false };
    } catch (error) {
      if ((error as Partial<ServiceError>).code !== status.ALREADY_EXISTS) throw error;
      const recovered = await this.recoverNode({ nodeId: options.nodeId, signChallenge: options.signChallenge, ...(options.deviceName && { deviceName: options.deviceName }) });
      return { ...recovered, recovered: true };
    }
  }

  /** The signer's side of SignerRequestsStream: requests (pairing approvals) in, responses out. */
  signerRequestsStream(): ClientDuplexStream<SignerResponse, SignerRequest__Output> {
    return this.scheduler.SignerRequestsStream();
  }

  reportSignerRejection(rejection: SignerRejection): Promise<unknown> {
    return unaryCall(this.debug, this.debug.ReportSignerRejection, rejection, new Metadata(), this.timeoutMs);
  }

  /**
   * The whole registration: challenge, signature by the node key, a fresh device key and CSR, and
   * the certificate the scheduler signs for it.
   */
  async registerNode(options: {
    nodeId: Buffer;
    signChallenge: ChallengeSigner;
    network: string;
    signerVersion: string;
    initMsg: Buffer;
    startupMessages?: { request: Buffer; response: Buffer }[];
    inviteCode?: string;
    deviceName?: string;
  }): Promise<DeviceCredentials> {
    const challenge = await this.getChallenge('REGISTER', options.nodeId);
    const signature = await options.signChallenge(challenge);
    const device = await createDeviceKey(`/users/${options.nodeId.toString('hex')}/${options.deviceName ?? 'default'}`);
    const response = await this.register({
      node_id: options.nodeId,
      network: options.network,
      challenge,
      signature,
      signer_proto: options.signerVersion,
      init_msg: options.initMsg,
      csr: Buffer.from(device.csrPem),
      invite_code: options.inviteCode ?? '',
      startupmsgs: options.startupMessages ?? [],
    });
    return { certPem: response.device_cert, keyPem: device.keyPem };
  }

  /** A certificate for a new device of an existing node; the device is named `recovered-<hex>`. */
  async recoverNode(options: { nodeId: Buffer; signChallenge: ChallengeSigner; deviceName?: string }): Promise<DeviceCredentials> {
    const challenge = await this.getChallenge('RECOVER', options.nodeId);
    const signature = await options.signChallenge(challenge);
    const deviceName = options.deviceName ?? `recovered-${challenge.subarray(0, 8).toString('hex')}`;
    const device = await createDeviceKey(`/users/${options.nodeId.toString('hex')}/${deviceName}`);
    const response = await this.recover({ node_id: options.nodeId, challenge, signature, csr: Buffer.from(device.csrPem) });
    return { certPem: response.device_cert, keyPem: device.keyPem };
  }

  /**
   * PairDevice, the new device's long call (with the NOBODY identity): answers once a trusted
   * device approved, or fails (PERMISSION_DENIED denied or refused, DEADLINE_EXCEEDED expired).
   * Aborting `signal` cancels the call, and the scheduler removes the session.
   */
  pairDevice(request: PairDeviceRequest, options: { timeoutMs: number; signal: AbortSignal }): Promise<PairDeviceResponse__Output> {
    return new Promise((resolve, reject) => {
      const call = this.pairing.PairDevice(request, new Metadata(), { deadline: Date.now() + options.timeoutMs }, (error, response) =>
        error ? reject(error) : resolve(response!),
      );
      if (options.signal.aborted) call.cancel();
      else options.signal.addEventListener('abort', () => call.cancel(), { once: true });
    });
  }

  /** The new device's whole side of pairing: its key, CSR and the waiting call; see `requestPairing`. */
  requestPairing(request: PairingRequest, timeoutMs?: number): Promise<PendingPairing> {
    return requestPairing(this, request, timeoutMs);
  }

  /**
   * What a new device asks for, checked as gl-client checks it (`verifyPairingData`). The new
   * device's call may still be on its way: NOT_FOUND is retried every 100 ms for `waitMs`.
   */
  async getPairingData(deviceId: string, waitMs = 10_000): Promise<GetPairingDataResponse__Output> {
    const until = Date.now() + waitMs;
    for (;;) {
      try {
        const data = await unaryCall<object, GetPairingDataResponse__Output>(this.pairing, this.pairing.GetPairingData, { device_id: deviceId }, new Metadata(), this.timeoutMs);
        verifyPairingData(data);
        return data;
      } catch (error) {
        if (!isNotFound(error) || Date.now() >= until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /**
   * Approves what `getPairingData` showed, signed with `approver`'s device key and carrying its
   * rune (which must allow `approvepairing`). Answers once the node's signer minted the new
   * device's rune (or refused: PERMISSION_DENIED; no signer attached: UNAVAILABLE).
   */
  async approvePairing(data: GetPairingDataResponse__Output, approver: Credentials): Promise<void> {
    await unaryCall(this.pairing, this.pairing.ApprovePairing, approvalRequest(data, approver), new Metadata(), this.timeoutMs);
  }

  /** Says no (greenhouse.Pairing/DenyPairing): the new device's PairDevice fails PERMISSION_DENIED with `reason`. */
  async denyPairing(deviceId: string, reason = ''): Promise<void> {
    await unaryCall(this.greenhousePairing, this.greenhousePairing.DenyPairing, { device_id: deviceId, reason }, new Metadata(), this.timeoutMs);
  }

  close(): void {
    this.scheduler.close();
    this.debug.close();
    this.pairing.close();
    this.greenhousePairing.close();
  }

  private async notYet<T>(method: string, what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if ((error as Partial<ServiceError>).code !== status.UNIMPLEMENTED) throw error;
      const details = (error as Partial<ServiceError>).details;
      throw new GreenhouseError(status.UNIMPLEMENTED, `${method}: ${what} ${what.endsWith('s') ? 'are' : 'is'} not available on the scheduler at ${this.uri}${details ? ` (${details})` : ''}`, { cause: error });
    }
  }

  private call<Res>(method: (...args: never[]) => unknown, request: object): Promise<Res> {
    return unaryCall<object, Res>(this.scheduler, method, request, new Metadata(), this.timeoutMs);
  }
}
