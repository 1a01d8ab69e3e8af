import { createPrivateKey } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import {
  PAIRING_PLACEHOLDER_NODE,
  pairingQrText,
  pairingRestrictions,
  pairingRestrictionsProblem,
  parseCsr,
  signPairingApproval,
} from '@greenhouse/common';
import type { PairDeviceResponse__Output } from '@greenhouse/common/generated/scheduler/PairDeviceResponse.ts';
import type { GetPairingDataResponse__Output } from '@greenhouse/common/generated/scheduler/GetPairingDataResponse.ts';
import { Credentials } from './credentials.ts';
import { createDeviceKey } from './device-key.ts';

/** What a new device asks for. */
export interface PairingRequest {
  /** Device name in its certificate: 1-64 letters, digits, space, '.', '_' or '-'. */
  name: string;
  description?: string;
  /** Rune restrictions beyond `pubkey=<device_id>`, e.g. `method^list|method^get|method=createinvoice`. */
  restrictions?: string;
  /** The node to join, when the new device knows it; else the first trusted device to look claims it. */
  nodeId?: Buffer;
}

export interface PairedDevice {
  deviceId: string;
  nodeId: Buffer;
  /** Certificate chain, this device's own key, the CA, and the rune the signer minted. */
  credentials: Credentials;
  response: PairDeviceResponse__Output;
}

export interface PendingPairing {
  deviceId: string;
  /** `gl-pairing:<device_id>`: show it as a QR code or text to the trusted device. */
  qrText: string;
  /** The whole request as sent, e.g. to show what is asked for. */
  restrictions: string;
  /** Settles when a trusted device decides (or the session expires, or `cancel` is called). */
  result: Promise<PairedDevice>;
  /** Stops waiting; the scheduler removes the session. */
  cancel(): void;
}

/** The scheduler calls a pairing needs; SchedulerClient has them. */
export interface PairingCalls {
  readonly caPem: string;
  pairDevice(request: object, options: { timeoutMs: number; signal: AbortSignal }): Promise<PairDeviceResponse__Output>;
}

/** How long the new device's call may wait; the scheduler ends the session sooner (default 5 min). */
const PAIR_DEVICE_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * The new device's side (gl-client `pairing::new_device`): a fresh key and a CSR with CN
 * `/users/3030/<name>` (the scheduler rewrites the node), then PairDevice, which answers once a
 * trusted device approved. `qrText` is ready before the answer.
 */
export async function requestPairing(scheduler: PairingCalls, request: PairingRequest, timeoutMs = PAIR_DEVICE_TIMEOUT_MS): Promise<PendingPairing> {
  const node = request.nodeId ? request.nodeId.toString('hex') : PAIRING_PLACEHOLDER_NODE;
  const key = await createDeviceKey(`/users/${node}/${request.name}`);
  const deviceId = key.publicKey.toString('hex');
  const restrictions = pairingRestrictions(deviceId, request.restrictions ?? '');
  const abort = new AbortController();
  const result = scheduler
    .pairDevice(
      { device_id: deviceId, csr: Buffer.from(key.csrPem), device_name: request.name, description: request.description ?? '', restrictions },
      { timeoutMs, signal: abort.signal },
    )
    .then((response) => {
      // As gl-client does: the scheduler never has the key; put ours in and rebuild the creds.
      const credentials = new Credentials(response.device_cert, key.keyPem, scheduler.caPem, response.rune);
      return { deviceId, nodeId: credentials.nodeId(), credentials, response };
    });
  return { deviceId, qrText: pairingQrText(deviceId), restrictions, result, cancel: () => abort.abort() };
}

/**
 * gl-client's `verify_pairing_data`: the CSR's key is the device id, and the restrictions bind the
 * rune to that key. Throws with the reason otherwise: do not approve such a request.
 */
export function verifyPairingData(data: GetPairingDataResponse__Output): void {
  const csr = parseCsr(data.csr);
  if (csr.publicKeyRaw.toString('hex') !== data.device_id) throw new Error('the pairing request\'s CSR is not for the key it names');
  const problem = pairingRestrictionsProblem(data.restrictions, data.device_id);
  if (problem) throw new Error(`the pairing request's ${problem}`);
}

/**
 * The trusted device's approval (§6 step 4): its device key signs device_id ‖ u64be(timestamp) ‖
 * node_id ‖ device_name ‖ restrictions, and its rune goes along for the signer to check.
 */
export function approvalRequest(data: Pick<GetPairingDataResponse__Output, 'device_id' | 'device_name' | 'restrictions'>, approver: Credentials, now = Date.now()) {
  const timestamp = BigInt(Math.floor(now / 1000));
  const fields = { deviceId: data.device_id, timestamp, nodeId: approver.nodeId(), deviceName: data.device_name, restrictions: data.restrictions };
  const { sig, pubkey } = signPairingApproval(createPrivateKey(approver.keyPem), fields);
  return {
    device_id: data.device_id,
    timestamp: timestamp.toString(),
    device_name: data.device_name,
    restrictions: data.restrictions,
    sig,
    pubkey,
    rune: approver.rune,
  };
}

/** Whether an error from GetPairingData may just mean the new device's call has not arrived yet. */
export function isNotFound(error: unknown): boolean {
  return (error as Partial<ServiceError>).code === status.NOT_FOUND;
}
