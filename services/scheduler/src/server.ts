import { mkdir } from 'node:fs/promises';
import { createLogger, startGrpcServer, type Logger, type StartedServer } from '@greenhouse/common';
import { CertificateAuthority } from './certificate-authority.ts';
import { Challenges } from './challenges.ts';
import type { SchedulerConfig } from './config.ts';
import { Registration } from './registration.ts';
import type { Registry } from './registry/registry.ts';
import { openRegistry, registryLocation } from './registry/open-registry.ts';
import { schedulerServices } from './scheduler-service.ts';
import { Placement } from './placement/placement.ts';
import { gatewaysService } from './placement/gateways-service.ts';
import { PairingEvents } from './pairing/session-events.ts';
import { PairingService } from './pairing/pairing-service.ts';
import { SignerRelay } from './pairing/signer-relay.ts';

const CHALLENGE_SWEEP_INTERVAL_MS = 60_000;

export interface RunningScheduler {
  /** `https://localhost:<port>`: Greenlight clients verify the scheduler certificate against this host. */
  grpcUri: string;
  port: number;
  ca: CertificateAuthority;
  registry: Registry;
  placement: Placement;
  server: StartedServer;
  stop(): Promise<void>;
}

export async function startScheduler(config: SchedulerConfig, logger: Logger = createLogger({ name: 'scheduler' })): Promise<RunningScheduler> {
  const location = registryLocation(config.dataDir, config.databaseUrl);
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const ca = await CertificateAuthority.open(config.dataDir, logger);
  const registry = await openRegistry(location, logger).catch(async (error: unknown) => {
    await ca.close();
    throw error;
  });
  const challenges = new Challenges(registry, config.challengeTtlMs);
  const registration = new Registration(registry, ca, challenges, config, logger);
  const placement = new Placement(logger, { homes: registry, ...(config.sharedNodeStorage && { sharedNodeStorage: true }) });
  const events = new PairingEvents(logger);
  const relay = new SignerRelay(registry, events, logger);
  // On SQLite this process is the only one: no other replica can hold the node's signer.
  const forwardWaitMs = config.pairingForwardWaitMs ?? (location.dialect === 'postgres' ? 2_000 : 0);
  const pairing = new PairingService({ registry, ca, relay, events, logger, timeoutMs: config.pairingTimeoutMs, forwardWaitMs });

  const server = await startGrpcServer({
    host: config.host,
    port: config.port,
    tls: { rootCaPem: ca.rootPem, certChainPem: ca.scheduler.chainPem, keyPem: ca.scheduler.keyPem },
    services: [...schedulerServices({ registry, registration, challenges, placement, pairing, relay, logger }), gatewaysService(placement, registry, logger)],
    logger,
  }).catch(async (error: unknown) => {
    await ca.close();
    await registry.close();
    throw error;
  });
  const sweep = setInterval(() => {
    challenges.sweepExpired().catch((error: unknown) => logger.error({ err: error }, 'could not delete expired challenges'));
    // Sessions whose PairDevice died with its replica; a live one removes its own row.
    registry.deleteExpiredPairingSessions(Date.now() - CHALLENGE_SWEEP_INTERVAL_MS).catch((error: unknown) =>
      logger.error({ err: error }, 'could not delete expired pairing sessions'),
    );
  }, CHALLENGE_SWEEP_INTERVAL_MS);
  sweep.unref();

  return {
    grpcUri: `https://localhost:${server.port}`,
    port: server.port,
    ca,
    registry,
    placement,
    server,
    async stop() {
      clearInterval(sweep);
      relay.close();
      await server.shutdown();
      await ca.close();
      await registry.close();
      logger.info('scheduler stopped');
    },
  };
}
