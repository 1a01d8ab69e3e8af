import {
  invalidArgument,
  permissionDenied,
  notFound,
  parseNodeId,
  unauthenticated,
  verifySignedMessage,
  type Logger,
} from '@greenhouse/common';
import { GREENLIGHT_RUNE_VERSION, GREENLIGHT_UNIQUE_ID } from '@greenhouse/common/runes';
import type { RegistrationRequest__Output } from '@greenhouse/common/generated/scheduler/RegistrationRequest.ts';
import type { RecoveryRequest__Output } from '@greenhouse/common/generated/scheduler/RecoveryRequest.ts';
import type { RegistrationResponse } from '@greenhouse/common/generated/scheduler/RegistrationResponse.ts';
import type { CertificateAuthority } from './certificate-authority.ts';
import type { IssuedDevice } from './issuance/device-issuance.ts';
import { newInviteCode } from './invite-codes.ts';
import type { Challenges } from './challenges.ts';
import type { SchedulerConfig } from './config.ts';
import { nodeAlreadyRegistered, type DeviceOrigin, type DeviceRecord, type Registry, type StartupMessage } from './registry/registry.ts';

/** Bounds on what a node may store with us, so a client cannot fill the registry. */
const LIMITS = {
  initMsgBytes: 4096,
  bip32KeyBytes: 128,
  startupMessages: 64,
  startupMessageBytes: 65536,
  signerVersionChars: 64,
  inviteCodeChars: 64,
};

/** Register and Recover: prove the node key, check the CSR, issue the device certificate. */
export class Registration {
  constructor(
    private readonly registry: Registry,
    private readonly ca: CertificateAuthority,
    private readonly challenges: Challenges,
    private readonly config: SchedulerConfig,
    private readonly logger: Logger,
  ) {}

  async register(request: RegistrationRequest__Output): Promise<RegistrationResponse> {
    const nodeId = parseNodeId(request.node_id);
    const network = this.checkNetwork(request.network);
    const signerVersion = checkSignerVersion(request.signer_proto);
    const initMsg = checkInitMsg(request.init_msg);
    const startupMessages = checkStartupMessages(request.startupmsgs);
    const inviteCode = this.checkInviteCode(request.invite_code);
    if (request.bip32_key.length > LIMITS.bip32KeyBytes) {
      throw invalidArgument(`bip32_key must be at most ${LIMITS.bip32KeyBytes} bytes, got ${request.bip32_key.length}`);
    }
    await this.prove('REGISTER', nodeId, request);
    // Refuse duplicates before doing the costly certificate work; the insert checks again atomically.
    if (await this.registry.getNode(nodeId)) {
      throw nodeAlreadyRegistered(nodeId);
    }

    const { userCa, ...device } = await this.ca.issueForNewNode(nodeId, request.csr);
    const now = Date.now();
    await this.registry.registerNode(
      {
        nodeId,
        network,
        signerVersion,
        initMsg,
        bip32Key: request.bip32_key.length > 0 ? Buffer.from(request.bip32_key) : null,
        inviteCode,
        userCa,
        createdAt: now,
        startupMessages,
      },
      deviceRecord(nodeId, device, 'register', now),
      Array.from({ length: this.config.inviteCodesPerNode }, newInviteCode),
    );
    this.logger.info({ node_id: nodeId.toString('hex'), network, device: device.deviceName, serial: device.serial }, 'node registered');
    return { device_cert: device.chainPem, device_key: '', rune: '', creds: Buffer.alloc(0) };
  }

  async recover(request: RecoveryRequest__Output): Promise<RegistrationResponse> {
    const nodeId = parseNodeId(request.node_id);
    await this.prove('RECOVER', nodeId, request);
    const node = await this.registry.getNode(nodeId);
    if (!node) {
      throw notFound(`node ${nodeId.toString('hex')} is not registered here; register it first`);
    }
    const device = await this.ca.issueForKnownNode(node.userCa, nodeId, request.csr);
    await this.registry.addDevice(deviceRecord(nodeId, device, 'recover', Date.now()));
    this.logger.info({ node_id: nodeId.toString('hex'), device: device.deviceName, serial: device.serial }, 'node recovered on a new device');
    return { device_cert: device.chainPem, device_key: '', rune: '', creds: Buffer.alloc(0) };
  }

  /** The challenge and its signature by the node key; the CSR is checked with the issuance. */
  private async prove(scope: 'REGISTER' | 'RECOVER', nodeId: Buffer, request: { challenge: Buffer; signature: Buffer; csr: Buffer }) {
    if (request.signature.length !== 64) {
      throw invalidArgument(
        `signature must be a 64-byte compact secp256k1 signature (r||s, no recovery id), got ${request.signature.length} bytes`,
      );
    }
    if (request.csr.length === 0) throw invalidArgument('csr is required: a PEM CSR with CN /users/<node_id>/<device>');
    await this.challenges.redeem(request.challenge, scope, nodeId);
    if (!verifySignedMessage(request.challenge, request.signature, nodeId)) {
      throw unauthenticated(
        'signature does not verify: sign sha256d("Lightning Signed Message:" || challenge) with the node key',
      );
    }
  }

  private checkNetwork(network: string): string {
    if (!this.config.networks.includes(network)) {
      throw invalidArgument(`unknown network "${network}"; this scheduler accepts ${this.config.networks.join(', ')}`);
    }
    return network;
  }

  private checkInviteCode(code: string): string | null {
    if (code.length > LIMITS.inviteCodeChars) throw invalidArgument(`invite_code is too long (${code.length} characters)`);
    if (code === '') {
      if (this.config.requireInviteCode) {
        throw permissionDenied('this scheduler requires an invite code to register; ask an existing user or the operator for one');
      }
      return null;
    }
    return code;
  }
}

function deviceRecord(nodeId: Buffer, device: IssuedDevice, origin: DeviceOrigin, issuedAt: number): DeviceRecord {
  const { deviceName, publicKey, chainPem: certificate, serial } = device;
  // The client mints its rune with its own signer after this reply; we know what it restricts.
  return { serial, nodeId, deviceName, publicKey, certificate, rune: null, runeRestrictions: registeredRuneRestrictions(publicKey), origin, issuedAt };
}

/** The restrictions of the rune a Greenlight client mints after Register or Recover (research §1.2 step 6). */
export function registeredRuneRestrictions(publicKey: Uint8Array): string {
  // Buffer.from: a key back from the issuance worker thread is a plain Uint8Array.
  return `=${GREENLIGHT_UNIQUE_ID}-${GREENLIGHT_RUNE_VERSION}&pubkey=${Buffer.from(publicKey).toString('hex')}`;
}

function checkSignerVersion(version: string): string {
  if (version === '' || version.length > LIMITS.signerVersionChars) {
    throw invalidArgument(`signer_proto must name the signer version (e.g. "v26.06"), at most ${LIMITS.signerVersionChars} characters`);
  }
  return version;
}

function checkInitMsg(initMsg: Buffer): Buffer {
  if (initMsg.length < 2 || initMsg.length > LIMITS.initMsgBytes) {
    throw invalidArgument(
      `init_msg must be the signer's hsmd init reply including its 2-byte type (2 to ${LIMITS.initMsgBytes} bytes), got ${initMsg.length} bytes`,
    );
  }
  return Buffer.from(initMsg);
}

export function checkStartupMessages(messages: { request: Buffer; response: Buffer }[]): StartupMessage[] {
  if (messages.length > LIMITS.startupMessages) {
    throw invalidArgument(`at most ${LIMITS.startupMessages} startupmsgs are accepted, got ${messages.length}`);
  }
  return messages.map((m, index) => {
    for (const [field, value] of [['request', m.request], ['response', m.response]] as const) {
      if (value.length < 2 || value.length > LIMITS.startupMessageBytes) {
        throw invalidArgument(
          `startupmsgs[${index}].${field} must be an hsmd message with its 2-byte type, at most ${LIMITS.startupMessageBytes} bytes`,
        );
      }
    }
    return { request: Buffer.from(m.request), response: Buffer.from(m.response) };
  });
}
