import { alreadyExists, type GreenhouseError } from '@greenhouse/common';
import type { UserCa } from '../issuance/device-issuance.ts';

export type ChallengeScope = 'REGISTER' | 'RECOVER';
export type DeviceOrigin = 'register' | 'recover' | 'pairing';

export interface StartupMessage {
  request: Buffer;
  response: Buffer;
}

export interface NodeRecord {
  nodeId: Buffer;
  network: string;
  signerVersion: string;
  initMsg: Buffer;
  bip32Key: Buffer | null;
  inviteCode: string | null;
  userCa: UserCa;
  createdAt: number;
  startupMessages: StartupMessage[];
  /** The gateway whose disk holds the node's lightningd data; unset until it first runs. */
  homeGateway?: string | null;
}

export interface DeviceRecord {
  serial: string;
  nodeId: Buffer;
  deviceName: string;
  /** SEC1 uncompressed P-256 key of the device. */
  publicKey: Buffer;
  /** PEM chain as returned to the device. */
  certificate: string;
  /** The whole rune, when the scheduler saw it (pairing: from the signer); null otherwise. */
  rune: string | null;
  /**
   * What the device's rune allows, in rune text form: `=0-gl0&pubkey=<device key>` for Register
   * and Recover (the rune Greenlight clients mint with their signer; the scheduler never sees its
   * authcode), the signer's rune's restrictions for pairing. Null for devices issued before
   * migration 4 (theirs is `=0-gl0&pubkey=<public_key>`, as they were all registered or recovered).
   */
  runeRestrictions: string | null;
  origin: DeviceOrigin;
  issuedAt: number;
}

/**
 * Where a pairing stands: `waiting` for a trusted device; `approving` while an approval travels to
 * the node's signer (`forwardedBy` names the replica that handed it to one); then `approved` (with
 * the signer's rune) or `refused` (by the signer, with its reason); or `denied` by a trusted device.
 */
export type PairingState = 'waiting' | 'approving' | 'approved' | 'refused' | 'denied';

export interface PairingSessionRecord {
  /** Lowercase hex of the new device's 65-byte public key. */
  deviceId: string;
  /** Random, per PairDevice call: a later call for the same device id is another session. */
  sessionId: string;
  csr: Buffer;
  deviceName: string;
  description: string;
  restrictions: string;
  /** The node the session belongs to: set by the new device's CSR, else by the first trusted device that looks at it. */
  nodeId: Buffer | null;
  state: PairingState;
  /** The ApprovePairingRequest (JSON, see pairing/approval-codec.ts) while it travels to the signer. */
  approval: string | null;
  /** Name of the trusted device that approved or denied. */
  decidedBy: string | null;
  /** Replica whose signer stream carries the approval. */
  forwardedBy: string | null;
  rune: string | null;
  reason: string | null;
  createdAt: number;
  expiresAt: number;
}

export type PairingOutcome = { rune: string } | { refusal: string };

export interface ChallengeRecord {
  challenge: Buffer;
  scope: ChallengeScope;
  nodeId: Buffer;
  expiresAt: number;
}

export interface InviteCodeRecord {
  code: string;
  redeemed: boolean;
}

export interface SignerRejectionRecord {
  nodeId: Buffer | null;
  message: string;
  gitVersion: string;
  requestType: number | null;
  reportedAt: number;
}

/**
 * The scheduler's durable state. Every method that changes state has committed it durably when
 * its promise resolves, so an RPC answered after it survives a crash.
 */
export interface Registry {
  saveChallenge(challenge: ChallengeRecord): Promise<void>;
  /** Removes and returns the challenge: a challenge can be taken once. */
  takeChallenge(challenge: Buffer): Promise<ChallengeRecord | undefined>;
  deleteExpiredChallenges(now: number): Promise<number>;

  getNode(nodeId: Buffer): Promise<NodeRecord | undefined>;
  /**
   * Stores a new node with its first device, redeeming `inviteCode` if given and handing the node
   * `newInviteCodes` — all or nothing. Throws ALREADY_EXISTS for a known node and
   * PERMISSION_DENIED for an unknown or redeemed invite code.
   */
  registerNode(node: NodeRecord, device: DeviceRecord, newInviteCodes: string[]): Promise<void>;
  addDevice(device: DeviceRecord): Promise<void>;
  listDevices(nodeId: Buffer): Promise<DeviceRecord[]>;
  /** Records the signer's version and startup messages; returns the version recorded before. */
  /**
   * Makes `gatewayId` the node's home unless it has one already (or `replace`), and returns the
   * home it has afterwards: one winner when replicas race.
   */
  claimHomeGateway(nodeId: Buffer, gatewayId: string, replace?: boolean): Promise<string>;
  updateSigner(nodeId: Buffer, signerVersion: string, startupMessages: StartupMessage[]): Promise<string>;

  createInviteCodes(codes: string[], owner: Buffer | null): Promise<void>;
  listInviteCodes(owner: Buffer): Promise<InviteCodeRecord[]>;

  recordSignerRejection(rejection: SignerRejectionRecord): Promise<void>;

  /** The device with this public key (65-byte SEC1), if any node has one. */
  findDeviceByPublicKey(publicKey: Buffer): Promise<DeviceRecord | undefined>;

  /**
   * Opens a pairing session (state `waiting`); an expired, refused or denied one for the same
   * device is replaced.
   * ALREADY_EXISTS while another session for the device is open.
   */
  createPairingSession(session: PairingSessionRecord, now: number): Promise<void>;
  getPairingSession(deviceId: string): Promise<PairingSessionRecord | undefined>;
  /** Gives an unbound session to `nodeId` (first come); answers the session if it is that node's. */
  bindPairingSession(deviceId: string, nodeId: Buffer): Promise<PairingSessionRecord | undefined>;
  /** waiting → approving with `approval`; false when the session is not waiting (or not the node's). */
  submitPairingApproval(deviceId: string, nodeId: Buffer, approval: string, decidedBy: string): Promise<boolean>;
  /** Takes the approvals no replica has forwarded yet, for the nodes whose signers are attached here. */
  claimPairingApprovals(replicaId: string, nodeIds: Buffer[]): Promise<PairingSessionRecord[]>;
  /**
   * approving → waiting: no signer took the approval (`forwardedBy` null), or the signer it went
   * to left before answering. False when the state had moved on meanwhile.
   */
  withdrawPairingApproval(deviceId: string, sessionId: string, forwardedBy: string | null): Promise<boolean>;
  /** The reason a signer gave (through ReportSignerRejection) before it refused with `empty`. */
  notePairingRefusal(deviceId: string, nodeId: Buffer, reason: string): Promise<void>;
  /** approving → approved | refused, by the replica that forwarded it. */
  finishPairingApproval(deviceId: string, sessionId: string, replicaId: string, outcome: PairingOutcome): Promise<boolean>;
  /** waiting | approving → denied; false when the session is not the node's or is decided already. */
  denyPairing(deviceId: string, nodeId: Buffer, reason: string, decidedBy: string): Promise<boolean>;
  /** Removes an approved session and records its device, in one transaction; false if it was not approved. */
  completePairing(deviceId: string, sessionId: string, device: DeviceRecord): Promise<boolean>;
  /** Removes the session (its PairDevice call ended), if it is still this one. */
  deletePairingSession(deviceId: string, sessionId: string): Promise<void>;
  deleteExpiredPairingSessions(now: number): Promise<number>;

  close(): Promise<void>;
}

export function nodeAlreadyRegistered(nodeId: Buffer): GreenhouseError {
  return alreadyExists(`node ${nodeId.toString('hex')} is already registered; use Recover to get a certificate for a new device`);
}
