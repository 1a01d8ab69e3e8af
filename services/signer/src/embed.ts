// The signer inside an app: start it with the seed and the device's creds, stop it when done.
// `greenhouse signer run` is this with a command line around it.
import { Writable } from 'node:stream';
import type { Credentials } from '@greenhouse/client';
import { createLogger, type Logger } from '@greenhouse/common';
import type { BitcoinNetwork, HsmSecret } from './crypto/index.ts';
import { runSigner } from './run-loop.ts';
import { Signer, type SignerOptions } from './signer.ts';

export interface StartSignerOptions extends Partial<Omit<SignerOptions, 'secret' | 'network'>> {
  /** The seed, e.g. `(await loadSeedFile('hsm_secret')).secret`. */
  secret: HsmSecret;
  /** A device of the seed's node (its certificate lets the signer find and attach to the node). */
  creds: Credentials;
  schedulerUri: string;
  network?: BitcoinNetwork;
  /** Where the signer says what it does; silent by default. */
  logger?: Logger;
}

export interface RunningSigner {
  signer: Signer;
  nodeId: Buffer;
  /** Settles when the signer stops: after `stop()`, or on an error no retry can fix. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs a Signer for the node of `creds` until `stop()`: it finds the node through the scheduler,
 * attaches wherever it runs (again after it moves or restarts) and answers its signing requests,
 * strictly unless `permissive`.
 */
export function startSigner(options: StartSignerOptions): RunningSigner {
  const { secret, creds, schedulerUri, network = 'regtest', logger, ...rest } = options;
  const signer = new Signer({ ...rest, secret, network });
  if (!creds.nodeId().equals(signer.nodeId)) {
    throw new Error(`these creds belong to node ${creds.nodeId().toString('hex')}, but the seed is node ${signer.nodeId.toString('hex')}`);
  }
  const abort = new AbortController();
  const silent = createLogger({ name: 'signer', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
  const done = runSigner({ signer, creds, schedulerUri, logger: logger ?? silent, signal: abort.signal });
  return {
    signer,
    nodeId: signer.nodeId,
    done,
    stop: async () => {
      abort.abort();
      await done;
    },
  };
}
