import type { UserCa } from './device-issuance.ts';

export interface IssuanceWorkerData {
  usersChainPem: string;
  usersKeyPem: string;
}

export type IssuanceRequest = { id: number } & (
  | { op: 'inspectCsr'; csr: Uint8Array }
  | { op: 'issueForNewNode'; nodeId: Uint8Array; commonName: string; spki: Uint8Array }
  | { op: 'issueForKnownNode'; userCa: UserCa; commonName: string; spki: Uint8Array }
);

export type IssuanceOp = IssuanceRequest['op'];

export interface IssuanceReply {
  id: number;
  result?: unknown;
  /** A GreenhouseError keeps its gRPC code across the thread boundary. */
  error?: { message: string; code?: number };
}
