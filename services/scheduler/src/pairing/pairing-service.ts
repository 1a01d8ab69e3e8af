import { randomBytes, X509Certificate } from 'node:crypto';
import { status, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import {
  callerIdentity,
  encodeCredsBlob,
  GreenhouseError,
  invalidArgument,
  isDeviceId,
  isValidDeviceName,
  notFound,
  PAIRING_LIMITS,
  PAIRING_PLACEHOLDER_NODE,
  pairingQrText,
  pairingRestrictionsProblem,
  parseCsr,
  permissionDenied,
  requireDeviceOf,
  unaryHandler,
  uncompressedPublicKey,
  unauthenticated,
  verifyPairingApproval,
  type CallerIdentity,
  type Logger,
} from '@greenhouse/common';
import { Rune } from '@greenhouse/common/runes';
import type { PairDeviceRequest__Output } from '@greenhouse/common/generated/scheduler/PairDeviceRequest.ts';
import type { PairDeviceResponse } from '@greenhouse/common/generated/scheduler/PairDeviceResponse.ts';
import type { GetPairingDataRequest__Output } from '@greenhouse/common/generated/scheduler/GetPairingDataRequest.ts';
import type { GetPairingDataResponse } from '@greenhouse/common/generated/scheduler/GetPairingDataResponse.ts';
import type { ApprovePairingRequest__Output } from '@greenhouse/common/generated/scheduler/ApprovePairingRequest.ts';
import type { DenyPairingRequest__Output } from '@greenhouse/common/generated/greenhouse/DenyPairingRequest.ts';
import type { DenyPairingResponse } from '@greenhouse/common/generated/greenhouse/DenyPairingResponse.ts';
import type { Empty } from '@greenhouse/common/generated/greenlight/Empty.ts';
import type { CertificateAuthority } from '../certificate-authority.ts';
import type { PairingSessionRecord, Registry } from '../registry/registry.ts';
import { encodeApproval } from './approval-codec.ts';
import { PAIRING_POLL_MS, shortId, type PairingEvents } from './session-events.ts';
import type { SignerRelay } from './signer-relay.ts';

export interface PairingDeps {
  registry: Registry;
  ca: CertificateAuthority;
  relay: SignerRelay;
  events: PairingEvents;
  logger: Logger;
  /** Session lifetime: PairDevice fails DEADLINE_EXCEEDED after it. */
  timeoutMs: number;
  /** How long an approval waits for some replica holding the node's signer to take it. */
  forwardWaitMs: number;
}

/** How long a refused or denied session's row outlives its PairDevice call: a few polls of other replicas. */
const DECIDED_LINGER_MS = 5 * PAIRING_POLL_MS;

/** How long ApprovePairing waits for the signer's answer before it returns as merely forwarded. */
const APPROVAL_ANSWER_WAIT_MS = 20_000;

/**
 * `scheduler.Pairing` (research/greenlight.md §6) and `greenhouse.Pairing/DenyPairing`. Sessions
 * live in the registry, so the new device's PairDevice, the trusted device's calls and the node's
 * signer may each reach a different replica (see README "Pairing across replicas").
 */
export class PairingService {
  constructor(private readonly deps: PairingDeps) {}

  implementation(): UntypedServiceImplementation {
    const { logger } = this.deps;
    return {
      PairDevice: unaryHandler<PairDeviceRequest__Output, PairDeviceResponse>(logger, 'PairDevice', (call) => this.pairDevice(call)),
      GetPairingData: unaryHandler<GetPairingDataRequest__Output, GetPairingDataResponse>(logger, 'GetPairingData', (call) =>
        this.getPairingData(call.request, deviceOf(call)),
      ),
      ApprovePairing: unaryHandler<ApprovePairingRequest__Output, Empty>(logger, 'ApprovePairing', (call) => this.approvePairing(call)),
    };
  }

  greenhouseImplementation(): UntypedServiceImplementation {
    return {
      DenyPairing: unaryHandler<DenyPairingRequest__Output, DenyPairingResponse>(this.deps.logger, 'DenyPairing', (call) =>
        this.denyPairing(call.request, deviceOf(call)),
      ),
    };
  }

  /** The new device waits here, in a session of its own, until a trusted device decides. */
  private async pairDevice(call: ServerUnaryCall<PairDeviceRequest__Output, PairDeviceResponse>): Promise<PairDeviceResponse> {
    callerIdentity(call); // any verified certificate: the new device has no node yet (NOBODY)
    const { registry, events, logger } = this.deps;
    const session = await this.checkPairDevice(call.request);
    const { deviceId, sessionId } = session;
    // Listen before anything else can take time, so a cancel is never missed.
    const gone = new AbortController();
    call.on('cancelled', () => gone.abort());
    await registry.createPairingSession(session, session.createdAt);
    logger.info(
      { device_id: shortId(deviceId), device_name: session.deviceName, node_id: session.nodeId?.toString('hex'), expires_in_s: Math.round(this.deps.timeoutMs / 1000) },
      'pairing session opened',
    );
    let decided: PairingSessionRecord | 'gone' | undefined;
    try {
      if (gone.signal.aborted) throw cancelled();
      decided = await events.waitFor(
        deviceId,
        async () => {
          const row = await registry.getPairingSession(deviceId);
          if (!row || row.sessionId !== sessionId) return 'gone' as const;
          return ['approved', 'refused', 'denied'].includes(row.state) ? row : undefined;
        },
        { timeoutMs: session.expiresAt - Date.now(), signal: gone.signal },
      );
      if (gone.signal.aborted) throw cancelled();
      if (decided === undefined || decided === 'gone') {
        throw new GreenhouseError(
          status.DEADLINE_EXCEEDED,
          `no trusted device approved the pairing within ${Math.round(this.deps.timeoutMs / 1000)} s; ask again, and approve it on a device of the node with: greenhouse pair approve ${pairingQrText(deviceId)}`,
        );
      }
      return await this.conclude(decided);
    } finally {
      const remove = () =>
        registry.deletePairingSession(deviceId, sessionId).catch((error: unknown) => logger.warn({ err: error }, 'could not remove a pairing session'));
      // A refusal or denial stays readable a moment, so the approver's replica (polling) learns
      // the outcome too; a new PairDevice for the device may replace it meanwhile.
      if (typeof decided === 'object' && (decided.state === 'refused' || decided.state === 'denied')) setTimeout(remove, DECIDED_LINGER_MS).unref();
      else await remove();
      events.changed(deviceId);
      if (gone.signal.aborted) logger.info({ device_id: shortId(deviceId) }, 'pairing session ended: the new device stopped waiting');
    }
  }

  private async checkPairDevice(request: PairDeviceRequest__Output): Promise<PairingSessionRecord> {
    const deviceId = request.device_id;
    if (!isDeviceId(deviceId)) {
      throw invalidArgument('device_id must be the lowercase hex of the new device\'s 65-byte uncompressed P-256 public key (130 hex digits, 04…)');
    }
    if (!isValidDeviceName(request.device_name)) {
      throw invalidArgument(`device_name "${request.device_name}" must be 1-64 characters: letters, digits, space, '.', '_' or '-'`);
    }
    if (request.description.length > PAIRING_LIMITS.descriptionChars) {
      throw invalidArgument(`description is ${request.description.length} characters; at most ${PAIRING_LIMITS.descriptionChars} are accepted`);
    }
    const csr = parseCsr(request.csr);
    if (csr.publicKeyRaw.toString('hex') !== deviceId) throw invalidArgument('the csr\'s public key is not the key device_id names');
    const [empty, users, node, name, ...rest] = csr.commonName.split('/');
    if (empty !== '' || users !== 'users' || node === undefined || name !== request.device_name || rest.length > 0) {
      throw invalidArgument(`csr CN must be /users/${PAIRING_PLACEHOLDER_NODE}/${request.device_name} (or /users/<node_id>/${request.device_name}), got "${csr.commonName}"`);
    }
    let nodeId: Buffer | null = null;
    if (node !== PAIRING_PLACEHOLDER_NODE) {
      if (!/^0[23][0-9a-f]{64}$/.test(node)) throw invalidArgument(`csr CN must name node ${PAIRING_PLACEHOLDER_NODE} (not known yet) or a node id, got "${node}"`);
      nodeId = Buffer.from(node, 'hex');
      if (!(await this.deps.registry.getNode(nodeId))) throw notFound(`node ${node}, named in the csr CN, is not registered here`);
    }
    const problem = pairingRestrictionsProblem(request.restrictions, deviceId);
    if (problem) throw invalidArgument(problem);
    const now = Date.now();
    return {
      deviceId,
      sessionId: randomBytes(12).toString('hex'),
      csr: Buffer.from(request.csr),
      deviceName: request.device_name,
      description: request.description,
      restrictions: request.restrictions,
      nodeId,
      state: 'waiting',
      approval: null,
      decidedBy: null,
      forwardedBy: null,
      rune: null,
      reason: null,
      createdAt: now,
      expiresAt: now + this.deps.timeoutMs,
    };
  }

  /** The decision, as the new device hears it: its certificate and rune, or why not. */
  private async conclude(session: PairingSessionRecord): Promise<PairDeviceResponse> {
    const { registry, ca, logger } = this.deps;
    const nodeHex = session.nodeId!.toString('hex');
    if (session.state === 'denied') {
      throw permissionDenied(`device "${session.decidedBy}" of node ${nodeHex} denied the pairing: ${session.reason || 'no reason given'}`);
    }
    if (session.state === 'refused') {
      throw permissionDenied(
        `the signer of node ${nodeHex} refused the approval by device "${session.decidedBy}": ${session.reason || 'it gave no reason (its log has it)'}`,
      );
    }
    const node = await registry.getNode(session.nodeId!);
    if (!node) throw notFound(`node ${nodeHex} is no longer registered`);
    const device = await ca.issueForPairedDevice(node.userCa, node.nodeId, session.csr, session.deviceName);
    const rune = session.rune!;
    const recorded = await registry.completePairing(session.deviceId, session.sessionId, {
      serial: device.serial,
      nodeId: node.nodeId,
      deviceName: device.deviceName,
      publicKey: device.publicKey,
      certificate: device.chainPem,
      rune,
      runeRestrictions: runeRestrictionsOf(rune),
      origin: 'pairing',
      issuedAt: Date.now(),
    });
    if (!recorded) throw new GreenhouseError(status.ABORTED, 'the pairing session changed while the certificate was issued; ask again');
    logger.info({ node_id: nodeHex, device: device.deviceName, serial: device.serial, approved_by: session.decidedBy }, 'device paired');
    return {
      device_id: session.deviceId,
      device_cert: device.chainPem,
      device_key: '',
      rune,
      // As ca.crt holds it (one PEM block, newline-terminated); the device adds its own key.
      creds: encodeCredsBlob({ certPem: device.chainPem, keyPem: '', caPem: ca.rootPem.endsWith('\n') ? ca.rootPem : `${ca.rootPem}\n`, rune }),
    };
  }

  private async getPairingData(request: GetPairingDataRequest__Output, caller: DeviceCaller): Promise<GetPairingDataResponse> {
    const session = await this.sessionOf(request.device_id, caller);
    return {
      device_id: session.deviceId,
      csr: session.csr,
      device_name: session.deviceName,
      description: session.description,
      restrictions: session.restrictions,
    };
  }

  /**
   * Checks the approval the way the signer will (beyond Greenlight, which forwards blindly), hands
   * it to a signer of the node (through whichever replica holds one), and waits for its answer.
   */
  private async approvePairing(call: ServerUnaryCall<ApprovePairingRequest__Output, Empty>): Promise<Empty> {
    const caller = deviceOf(call);
    const { registry, relay, events, logger } = this.deps;
    const request = call.request;
    if (request.sig.length !== 64) throw invalidArgument(`sig must be a 64-byte P-256 signature (r‖s), got ${request.sig.length} bytes`);
    if (request.rune === '') throw invalidArgument('rune is required: the approving device\'s own rune');
    const session = await this.sessionOf(request.device_id, caller);
    const nodeHex = caller.nodeId.toString('hex');
    if (request.device_name !== session.deviceName) {
      throw invalidArgument(`device_name "${request.device_name}" is not the name the new device asked for ("${session.deviceName}")`);
    }
    if (!Buffer.from(request.pubkey).equals(caller.publicKey)) {
      throw permissionDenied('pubkey must be the public key of the device certificate you call with');
    }
    const signed = { deviceId: session.deviceId, timestamp: request.timestamp, nodeId: caller.nodeId, deviceName: request.device_name, restrictions: request.restrictions };
    if (!verifyPairingApproval(request.pubkey, request.sig, signed)) {
      throw unauthenticated('sig does not verify: sign device_id ‖ u64be(timestamp) ‖ node_id ‖ device_name ‖ restrictions with your device key');
    }
    if (!(await registry.submitPairingApproval(session.deviceId, caller.nodeId, encodeApproval(request), caller.device))) {
      throw notWaiting(await registry.getPairingSession(session.deviceId), session);
    }
    events.changed(session.deviceId);
    logger.info({ node_id: nodeHex, device_id: shortId(session.deviceId), approver: caller.device }, 'pairing approved by a device; forwarding to the signer');

    await relay.forwardNow(caller.nodeId).catch((error: unknown) => logger.warn({ err: error }, 'could not forward a pairing approval here'));
    const taken = await events.waitFor(session.deviceId, async () => {
      const row = await registry.getPairingSession(session.deviceId);
      return !row || row.sessionId !== session.sessionId || row.state !== 'approving' || row.forwardedBy ? true : undefined;
    }, { timeoutMs: this.deps.forwardWaitMs });
    if (!taken && (await registry.withdrawPairingApproval(session.deviceId, session.sessionId, null))) {
      events.changed(session.deviceId);
      throw new GreenhouseError(
        status.UNAVAILABLE,
        `no signer of node ${nodeHex} is attached to the scheduler, so nothing can approve the pairing; start it (greenhouse signer run) and approve again`,
      );
    }

    const answer = await events.waitFor(session.deviceId, async () => {
      const row = await registry.getPairingSession(session.deviceId);
      if (!row || row.sessionId !== session.sessionId) return 'gone' as const;
      return row.state === 'approving' ? undefined : row;
    }, { timeoutMs: Math.min(APPROVAL_ANSWER_WAIT_MS, untilDeadline(call)) });
    if (answer === undefined) return {}; // forwarded; the signer's answer goes to the new device
    if (answer === 'gone') {
      const device = await registry.findDeviceByPublicKey(Buffer.from(session.deviceId, 'hex'));
      if (device?.nodeId.equals(caller.nodeId)) return {};
      throw new GreenhouseError(status.ABORTED, 'the new device stopped waiting before the signer answered');
    }
    if (answer.state === 'approved') return {};
    if (answer.state === 'refused') throw permissionDenied(`the signer of node ${nodeHex} refused the approval: ${answer.reason || 'no reason given'}`);
    if (answer.state === 'denied') throw permissionDenied(`device "${answer.decidedBy}" denied this pairing meanwhile`);
    throw new GreenhouseError(status.UNAVAILABLE, `the signer of node ${nodeHex} went away before it answered; approve again`);
  }

  private async denyPairing(request: DenyPairingRequest__Output, caller: DeviceCaller): Promise<DenyPairingResponse> {
    const { registry, events, logger } = this.deps;
    if (request.reason.length > PAIRING_LIMITS.reasonChars) {
      throw invalidArgument(`reason is ${request.reason.length} characters; at most ${PAIRING_LIMITS.reasonChars} are accepted`);
    }
    const session = await this.sessionOf(request.device_id, caller);
    if (!(await registry.denyPairing(session.deviceId, caller.nodeId, request.reason, caller.device))) {
      throw notWaiting(await registry.getPairingSession(session.deviceId), session);
    }
    events.changed(session.deviceId);
    logger.info({ node_id: caller.nodeId.toString('hex'), device_id: shortId(session.deviceId), denied_by: caller.device }, 'pairing denied');
    return {};
  }

  /**
   * The open session of `deviceId` if it is the caller's node's. A session whose new device did not
   * name its node goes to the node of the first trusted device that touches it; to every other
   * node it does not exist.
   */
  private async sessionOf(deviceId: string, caller: DeviceCaller): Promise<PairingSessionRecord> {
    if (!isDeviceId(deviceId)) throw invalidArgument('device_id must be the 130 hex digits after "gl-pairing:"');
    const session = await this.deps.registry.bindPairingSession(deviceId, caller.nodeId);
    if (!session || session.expiresAt <= Date.now()) {
      throw notFound(`no pairing of device ${shortId(deviceId)} is waiting for node ${caller.nodeId.toString('hex')}: it ended, expired, or was never asked for`);
    }
    return session;
  }
}

interface DeviceCaller {
  nodeId: Buffer;
  device: string;
  /** The uncompressed P-256 key of the caller's TLS certificate. */
  publicKey: Buffer;
}

function deviceOf(call: ServerUnaryCall<unknown, unknown>): DeviceCaller {
  const identity: CallerIdentity = callerIdentity(call);
  const nodeId = requireDeviceOf(identity);
  const raw = call.getAuthContext()?.sslPeerCertificate?.raw;
  return { nodeId, device: identity.kind === 'device' ? identity.device : '', publicKey: uncompressedPublicKey(new X509Certificate(raw!).publicKey) };
}

function cancelled(): GreenhouseError {
  return new GreenhouseError(status.CANCELLED, 'the new device stopped waiting');
}

function notWaiting(now: PairingSessionRecord | undefined, before: PairingSessionRecord): GreenhouseError {
  if (!now || now.sessionId !== before.sessionId) return notFound(`the pairing of device ${shortId(before.deviceId)} ended meanwhile`);
  if (now.state === 'approving') return new GreenhouseError(status.FAILED_PRECONDITION, `an approval of this pairing (by device "${now.decidedBy}") is already with the signer`);
  return new GreenhouseError(status.FAILED_PRECONDITION, `this pairing is ${now.state} already${now.decidedBy ? ` (by device "${now.decidedBy}")` : ''}`);
}

/** The restriction text of a rune; the relay checked that it decodes. */
function runeRestrictionsOf(rune: string): string | null {
  try {
    return Rune.fromBase64(rune).restrictionsText;
  } catch {
    return null;
  }
}

/** Time left before the caller's deadline, less a margin to answer in. */
function untilDeadline(call: ServerUnaryCall<unknown, unknown>): number {
  const deadline = call.getDeadline();
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  if (!Number.isFinite(at)) return APPROVAL_ANSWER_WAIT_MS;
  return Math.max(0, at - Date.now() - 500);
}
