import type { UserCa } from './device-issuance.ts';

export interface IssuanceWorkerData {
  usersChainPem: string;
  usersKeyPem: string;
}

export type IssuanceRequest = { id: number } & (
  | { op: 'issueForNewNode'; nodeId: Uint8Array; csr: Uint8Array }
  | { op: 'issueForKnownNode'; userCa: UserCa; nodeId: Uint8Array; csr: Uint8Array }
  | { op: 'issueForPairedDevice'; userCa: UserCa; nodeId: Uint8Array; csr: Uint8Array; deviceName: string }
);

export interface IssuanceReply {
  id: number;
  result?: unknown;
  /** A GreenhouseError keeps its gRPC code across the thread boundary. */
  error?: { message: string; code?: number };
}
