/**
 * Pairing a device that holds no seed (research/greenlight.md §6): the device id, the QR text, the
 * restrictions the new device asks for, and the bytes a trusted device signs to approve it. The
 * scheduler, the signer and the client SDK all use these, so all three agree byte for byte.
 */
import { sign, type KeyObject, createPrivateKey } from 'node:crypto';
import { parseRestrictions, type Restriction } from './runes.ts';
import { uncompressedPublicKey, verifyDeviceSignature } from './request-signature.ts';
import { NODE_ID_LENGTH } from './identity.ts';

/** What the new device shows, as text and as a QR code: `gl-pairing:<device_id>`. */
export const PAIRING_QR_PREFIX = 'gl-pairing:';
/** The CSR CN node part of a new device that does not know its node yet: hex("00"). */
export const PAIRING_PLACEHOLDER_NODE = '3030';
/** The rune method a trusted device's rune must allow to approve (`/cln.Node/ApprovePairing`). */
export const APPROVE_PAIRING_URI = '/cln.Node/ApprovePairing';
/** Bounds on what a pairing request may carry, so a session row stays small. */
export const PAIRING_LIMITS = { restrictionsChars: 4096, descriptionChars: 1024, reasonChars: 256 } as const;

const DEVICE_ID = /^04[0-9a-f]{128}$/;

/** A device id: lowercase hex of the 65-byte uncompressed P-256 public key. */
export function isDeviceId(text: string): boolean {
  return DEVICE_ID.test(text);
}

export function pairingQrText(deviceId: string): string {
  return `${PAIRING_QR_PREFIX}${deviceId}`;
}

/** The device id in `gl-pairing:<device_id>` (or a bare device id); undefined for anything else. */
export function parsePairingQrText(text: string): string | undefined {
  const trimmed = text.trim();
  const id = trimmed.startsWith(PAIRING_QR_PREFIX) ? trimmed.slice(PAIRING_QR_PREFIX.length) : trimmed;
  return isDeviceId(id) ? id : undefined;
}

/** `pubkey=<device_id>`, then the user's restrictions if any: what a new device asks for. */
export function pairingRestrictions(deviceId: string, userRestrictions = ''): string {
  const binding = `pubkey=${deviceId}`;
  return userRestrictions === '' ? binding : `${binding}&${userRestrictions}`;
}

/**
 * Why `restrictions` cannot be a paired device's rune, or undefined when they can: they must parse,
 * carry no unique-id restriction (the signer adds `=0-gl0`), and bind the rune to the device key
 * with a restriction that is exactly `pubkey=<device_id>` — once, and not as one alternative
 * among others, which would not bind it (gl-client's `verify_pairing_data` rule).
 */
export function pairingRestrictionsProblem(restrictions: string, deviceId: string): string | undefined {
  if (restrictions.length > PAIRING_LIMITS.restrictionsChars) {
    return `restrictions are ${restrictions.length} characters; at most ${PAIRING_LIMITS.restrictionsChars} are accepted`;
  }
  let parsed: Restriction[];
  try {
    parsed = parseRestrictions(restrictions);
  } catch (error) {
    return `restrictions do not parse: ${(error as Error).message}`;
  }
  if (parsed.some((r) => r.isUniqueId)) return 'restrictions must not carry a unique id (=…); the signer adds its own';
  const pubkeyRestrictions = parsed.filter((r) => r.alternatives.some((a) => a.field === 'pubkey'));
  const binding = `pubkey=${deviceId}`;
  if (pubkeyRestrictions.length !== 1 || pubkeyRestrictions[0]!.encode() !== binding) {
    return `restrictions must contain "${binding}" exactly once, as a restriction of its own, so the rune works only with that device's key`;
  }
  return undefined;
}

/** The restrictions a rune is minted with, one group per restriction, for createGreenlightRune. */
export function restrictionGroups(restrictions: string): string[][] {
  return parseRestrictions(restrictions).map((restriction) => [restriction.encode()]);
}

export interface PairingApprovalFields {
  deviceId: string;
  /** Unix seconds. */
  timestamp: bigint | number | string;
  /** The approving device's node: 33 bytes. */
  nodeId: Uint8Array;
  deviceName: string;
  restrictions: string;
}

/**
 * What the trusted device signs (§6 step 4): `device_id (UTF-8 hex text) ‖ u64be(timestamp) ‖
 * node_id (33 raw bytes) ‖ device_name ‖ restrictions`, no separators.
 */
export function pairingApprovalMessage(fields: PairingApprovalFields): Buffer {
  if (fields.nodeId.length !== NODE_ID_LENGTH) throw new Error(`node_id must be ${NODE_ID_LENGTH} bytes, got ${fields.nodeId.length}`);
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigUInt64BE(BigInt(fields.timestamp));
  return Buffer.concat([
    Buffer.from(fields.deviceId, 'utf8'),
    timestamp,
    Buffer.from(fields.nodeId),
    Buffer.from(fields.deviceName, 'utf8'),
    Buffer.from(fields.restrictions, 'utf8'),
  ]);
}

/** The approving device's signature (64-byte r‖s) and its uncompressed public key. */
export function signPairingApproval(deviceKey: string | KeyObject, fields: PairingApprovalFields): { sig: Buffer; pubkey: Buffer } {
  const key = typeof deviceKey === 'string' ? createPrivateKey(deviceKey) : deviceKey;
  const sig = sign('sha256', pairingApprovalMessage(fields), { key, dsaEncoding: 'ieee-p1363' });
  return { sig, pubkey: uncompressedPublicKey(key) };
}

export function verifyPairingApproval(pubkey: Uint8Array, sig: Uint8Array, fields: PairingApprovalFields): boolean {
  return verifyDeviceSignature(pubkey, sig, pairingApprovalMessage(fields));
}

const REFUSAL_REPORT = /^pairing approval for device (04[0-9a-f]{128}) refused: ([\s\S]*)$/;

/**
 * The `msg` of the Debug.ReportSignerRejection a signer sends before it answers a pairing approval
 * with `empty` (SignerResponse has no field for a reason): the scheduler reads the reason from it
 * and gives it to the waiting new device.
 */
export function pairingRefusalReport(deviceId: string, reason: string): string {
  return `pairing approval for device ${deviceId} refused: ${reason}`;
}

export function parsePairingRefusalReport(message: string): { deviceId: string; reason: string } | undefined {
  const match = REFUSAL_REPORT.exec(message);
  return match ? { deviceId: match[1]!, reason: match[2]! } : undefined;
}
