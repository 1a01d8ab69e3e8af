import type { ApprovePairingRequest, ApprovePairingRequest__Output } from '@greenhouse/common/generated/scheduler/ApprovePairingRequest.ts';

/**
 * An ApprovePairingRequest as it waits in `pairing_sessions.approval` for the replica that holds
 * the node's signer: JSON, bytes as base64, the timestamp as a decimal string.
 */
export function encodeApproval(request: ApprovePairingRequest__Output): string {
  return JSON.stringify({
    device_id: request.device_id,
    timestamp: String(request.timestamp),
    device_name: request.device_name,
    restrictions: request.restrictions,
    sig: Buffer.from(request.sig).toString('base64'),
    pubkey: Buffer.from(request.pubkey).toString('base64'),
    rune: request.rune,
  });
}

export function decodeApproval(text: string): ApprovePairingRequest {
  const stored = JSON.parse(text) as Record<string, string>;
  return {
    device_id: stored.device_id!,
    timestamp: stored.timestamp!,
    device_name: stored.device_name!,
    restrictions: stored.restrictions!,
    sig: Buffer.from(stored.sig!, 'base64'),
    pubkey: Buffer.from(stored.pubkey!, 'base64'),
    rune: stored.rune!,
  };
}
