// The parties of a pairing, for tests: a node whose real Signer run loop is attached to a scheduler
// (so it answers pairing approvals), its trusted device's creds, and clients for each identity.
import { Writable } from 'node:stream';
import { createPrivateKey } from 'node:crypto';
import { createLogger, uncompressedPublicKey } from '@greenhouse/common';
import { Credentials, SchedulerClient } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { HsmSecret, Signer } from '@greenhouse/signer';
import { runSigner } from '../../services/signer/src/run-loop.ts';
import type { SchedulerFixture } from '../../services/scheduler/test/support/scheduler-fixture.ts';
import { registerSigner } from './register-signer.ts';

export interface TrustedNode {
  signer: Signer;
  /** The registered device's creds, with the rune its signer minted (`pubkey=<key>`: everything allowed). */
  creds: Credentials;
  /** What the signer run loop logged. */
  signerLog: string[];
  /** Starts the signer's run loop against `schedulerUri` (by default the fixture's), once. */
  startSigner(schedulerUri?: string): Promise<void>;
  stopSigner(): Promise<void>;
}

/** Registers a node of a fresh seed at `scheduler`; its signer runs only after startSigner(). */
export async function trustedNode(scheduler: SchedulerFixture, seedByte: number): Promise<TrustedNode> {
  const signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(seedByte)), network: 'regtest' });
  const device = await registerSigner(scheduler, signer);
  const pubkey = uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex');
  const creds = new Credentials(device.certPem, device.keyPem, await scheduler.caPem(), createGreenlightRune(signer.runeMaster, [[`pubkey=${pubkey}`]]));
  const signerLog: string[] = [];
  let abort: AbortController | undefined;
  let running: Promise<void> | undefined;
  return {
    signer,
    creds,
    signerLog,
    async startSigner(schedulerUri = scheduler.scheduler.grpcUri) {
      abort = new AbortController();
      const logger = createLogger({ name: 'signer', destination: new Writable({ write: (chunk, _e, done) => (signerLog.push(String(chunk)), done()) }) });
      // No node gateway here: the signer waits for its node and serves the scheduler's requests meanwhile.
      running = runSigner({ signer, creds, schedulerUri, logger, signal: abort.signal, locateNode: async () => undefined });
    },
    async stopSigner() {
      abort?.abort();
      await running;
    },
  };
}

/** A client of `scheduler` with these creds. */
export function clientFor(grpcUri: string, creds: Credentials, timeoutMs = 15_000): SchedulerClient {
  return new SchedulerClient(grpcUri, { caPem: creds.caPem, certPem: creds.certPem, keyPem: creds.keyPem }, timeoutMs);
}

/** Resolves once `check` passes, polling every 50 ms; throws after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
