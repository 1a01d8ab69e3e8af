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
  rune: string | null;
  origin: DeviceOrigin;
  issuedAt: number;
}

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

  close(): Promise<void>;
}

export function nodeAlreadyRegistered(nodeId: Buffer): GreenhouseError {
  return alreadyExists(`node ${nodeId.toString('hex')} is already registered; use Recover to get a certificate for a new device`);
}
