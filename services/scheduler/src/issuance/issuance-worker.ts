// A worker thread that does the CPU-heavy X.509 work (CSR checks, CA and device certificates) so
// the scheduler's event loop stays free for gRPC and the registry, and both cores are used.
import { parentPort, workerData } from 'node:worker_threads';
import { GreenhouseError, identityFromPem, issuerOf } from '@greenhouse/common';
import { issueForKnownNode, issueForNewNode, issueForPairedDevice } from './device-issuance.ts';
import type { IssuanceRequest, IssuanceReply, IssuanceWorkerData } from './issuance-protocol.ts';

const { usersChainPem, usersKeyPem } = workerData as IssuanceWorkerData;
const users = issuerOf(identityFromPem(usersChainPem, usersKeyPem));

async function handle(request: IssuanceRequest): Promise<unknown> {
  switch (request.op) {
    case 'issueForNewNode':
      return issueForNewNode(users, Buffer.from(request.nodeId), request.csr);
    case 'issueForKnownNode':
      return issueForKnownNode(users, request.userCa, Buffer.from(request.nodeId), request.csr);
    case 'issueForPairedDevice':
      return issueForPairedDevice(users, request.userCa, Buffer.from(request.nodeId), request.csr, request.deviceName);
  }
}

parentPort!.on('message', (request: IssuanceRequest) => {
  handle(request).then(
    (result) => parentPort!.postMessage({ id: request.id, result } satisfies IssuanceReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: {
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof GreenhouseError && { code: error.code }),
        },
      } satisfies IssuanceReply),
  );
});
